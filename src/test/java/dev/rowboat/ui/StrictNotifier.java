package dev.rowboat.ui;

import dev.rowboat.ui.common.Notifier;

/** A notifier for view-model tests that expect no error and no question: either fails the test. */
public final class StrictNotifier implements Notifier {
    @Override
    public void error(String title, String sentence, Throwable details) {
        throw new AssertionError(sentence, details);
    }

    @Override
    public boolean confirm(String title, String question) {
        throw new AssertionError("asked: " + question);
    }
}
