package dev.rowboat.data.transfer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes pages on a thread of its own while the next page is read, so the database's time and the
 * file's overlap. At most one page waits between the two, so an export holds three pages at most
 * (one written, one waiting, one being read). A failure on either side stops both: the writer's
 * reaches the reader at its next page, and a reader that stops leaves the rest unwritten.
 */
final class PagePipeline implements AutoCloseable {
    /** One piece of writing, in order. */
    interface Step {
        void run() throws IOException;
    }

    private static final Step END = () -> { };
    private final BlockingQueue<Step> queue = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;

    PagePipeline(String name) {
        thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        try {
            while (true) {
                Step step = queue.take();
                if (step == END) {
                    return;
                }
                if (failure != null || abandoned) {
                    continue; // the reader is told at its next page; keep taking so it never waits on a full queue
                }
                try {
                    step.run();
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a step to the writer, waiting while one is still queued; first throws the writer's failure, if any. */
    void submit(Step step) throws IOException {
        rethrow();
        try {
            queue.put(step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was interrupted.");
        }
    }

    /** Waits until every step is written; throws the writer's failure, if any. */
    void finish() throws IOException {
        submit(END);
        join();
        rethrow();
    }

    /** Stops the writer after what it is doing; what is still queued is not written. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        abandoned = true;
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable thrown = failure;
        if (thrown instanceof IOException io) {
            throw io;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }
}
