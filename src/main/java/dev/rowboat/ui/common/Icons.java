package dev.rowboat.ui.common;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The toolbar and window icons from the top-level icons folder. */
public final class Icons {
    private Icons() {
    }

    public static Image image(String name) {
        InputStream in = Icons.class.getResourceAsStream("/icons/" + name + ".png");
        if (in == null) {
            throw new IllegalArgumentException("No icon " + name);
        }
        return new Image(in);
    }

    public static ImageView view(String name) {
        ImageView view = new ImageView(image(name));
        view.setFitWidth(16);
        view.setFitHeight(16);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }
}
