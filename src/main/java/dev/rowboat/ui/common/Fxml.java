package dev.rowboat.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML with the view itself as controller, so its dependencies came in through its constructor. */
public final class Fxml {
    private Fxml() {
    }

    public static Parent load(String resource, Object controller) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource(resource));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + resource, e);
        }
    }
}
