package dev.rowboat.data.keyring;

/** The keyring could not do what was asked; the message is a sentence for the person. */
public final class KeyringException extends RuntimeException {
    public KeyringException(String sentence) {
        super(sentence);
    }

    public KeyringException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
