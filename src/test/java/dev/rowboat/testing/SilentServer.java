package dev.rowboat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Accepts connections on 127.0.0.1 and never sends a byte; closing it hangs up on every client. */
public final class SilentServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket socket) {
        this.socket = socket;
    }

    public static SilentServer start() throws IOException {
        SilentServer server = new SilentServer(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(server::acceptForever, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private void acceptForever() {
        try {
            while (!socket.isClosed()) {
                clients.add(socket.accept());
            }
        } catch (IOException e) {
            // closed: the test is over
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int accepted() {
        return clients.size();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket client : clients) {
                client.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
