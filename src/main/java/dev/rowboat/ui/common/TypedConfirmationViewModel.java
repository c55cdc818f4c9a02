package dev.rowboat.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A confirmation by typing a word (the production database's name): Confirm is on only once the
 * text is that word, so a click or a reflexive Enter cannot confirm.
 */
public final class TypedConfirmationViewModel {
    private final String word;
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanBinding matches;

    public TypedConfirmationViewModel(String word) {
        this.word = word;
        // exact, case included: the point is that the person read the name, not guessed it
        this.matches = Bindings.createBooleanBinding(() -> typed.get() != null && typed.get().strip().equals(word), typed);
    }

    public String word() {
        return word;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanBinding matchesProperty() {
        return matches;
    }
}
