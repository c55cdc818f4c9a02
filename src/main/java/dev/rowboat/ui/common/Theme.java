package dev.rowboat.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes (AtlantaFX Primer) with Rowboat's own small stylesheet on top. */
public final class Theme {
    private static final String ROWBOAT_CSS = "/css/rowboat.css";

    private Theme() {
    }

    /**
     * Sets the theme's stylesheet for every control from now on. Called before the first control is
     * made, so JavaFX does not read its own Modena theme first only to have it replaced.
     */
    public static void useFor(boolean dark) {
        // the binary form AtlantaFX ships beside its CSS: read without parsing 170 kB of text at every start
        String stylesheet = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) { // set again, JavaFX would style every node anew
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    public static void apply(Scene scene, boolean dark) {
        useFor(dark);
        String css = Theme.class.getResource(ROWBOAT_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }
}
