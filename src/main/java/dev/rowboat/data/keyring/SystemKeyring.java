package dev.rowboat.data.keyring;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's keyring through java-keyring: macOS Keychain, Windows Credential Manager,
 * and on Linux the Secret Service (GNOME Keyring, KWallet). Where there is none (a server, a
 * session without D-Bus), it fails soft: each call says so in a sentence, nothing is kept
 * anywhere else, and connecting goes on without it.
 */
public final class SystemKeyring implements PasswordKeyring {
    private static final Logger LOG = LoggerFactory.getLogger(SystemKeyring.class);
    /** The entries' service name, what a person sees in the keyring's own window. */
    static final String SERVICE = "Rowboat";
    private Keyring keyring;

    @Override
    public synchronized Optional<String> password(String connection) {
        Keyring backend = keyring();
        try {
            return Optional.ofNullable(backend.getPassword(SERVICE, connection));
        } catch (PasswordAccessException e) {
            // java-keyring says "not found" the same way as "not readable"; neither leaves a password to use
            LOG.debug("No password in the keyring for {}: {}", connection, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failed("read the password from", e);
        }
    }

    @Override
    public synchronized void remember(String connection, String password) {
        Keyring backend = keyring();
        try {
            backend.setPassword(SERVICE, connection, password);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failed("keep the password in", e);
        }
    }

    @Override
    public synchronized void forget(String connection) {
        Keyring backend = keyring();
        try {
            backend.deletePassword(SERVICE, connection);
        } catch (PasswordAccessException e) {
            LOG.debug("No password to forget in the keyring for {}: {}", connection, e.getMessage());
        } catch (RuntimeException e) {
            throw failed("remove the password from", e);
        }
    }

    /** The backend, found on first use; none is a sentence, each time, since a keyring may start later. */
    private Keyring keyring() {
        if (keyring != null) {
            return keyring;
        }
        try {
            keyring = Keyring.create();
            return keyring;
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No system keyring: {}", e.toString());
            throw new KeyringException("No system keyring is available here (" + reasonOf(e)
                    + "), so the password was not remembered: type it when you connect.", e);
        }
    }

    private static KeyringException failed(String action, Throwable e) {
        LOG.info("The keyring failed", e);
        return new KeyringException("Could not " + action + " the system keyring (" + reasonOf(e)
                + "). The password was not written anywhere else.", e);
    }

    private static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
