package dev.rowboat.migrate.repo;

/** A problem at one line of a revision file; the repository adds the file's name. */
final class MalformedRevision extends RuntimeException {
    private final int line;

    MalformedRevision(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
