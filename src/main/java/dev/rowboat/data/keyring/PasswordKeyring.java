package dev.rowboat.data.keyring;

import java.util.Optional;

/**
 * Passwords kept outside Rowboat's files, in the operating system's keyring, for the connections
 * a person asked it for. A connection is named by its URL and user without the password
 * ({@link dev.rowboat.schema.ConnectionSpec#displayUrl()}). Calls may be slow (a keyring can ask
 * the person to unlock it), so callers make them off the FX thread.
 */
public interface PasswordKeyring {
    /** A keyring that keeps nothing, for windows that were given none. */
    PasswordKeyring NONE = new PasswordKeyring() {
        @Override
        public Optional<String> password(String connection) {
            return Optional.empty();
        }

        @Override
        public void remember(String connection, String password) {
            throw new KeyringException("This window has no keyring, so the password was not remembered.");
        }

        @Override
        public void forget(String connection) {
        }
    };

    /**
     * The password kept for a connection; empty when none is kept.
     *
     * @throws KeyringException when there is no keyring to ask
     */
    Optional<String> password(String connection);

    /** @throws KeyringException when the password could not be kept, with a sentence that says why */
    void remember(String connection, String password);

    /** Removes the connection's password, if one is kept. @throws KeyringException when there is no keyring to ask */
    void forget(String connection);
}
