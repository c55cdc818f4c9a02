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

    public static void apply(Scene scene, boolean dark) {
        // the binary form AtlantaFX ships beside its CSS: read without parsing 170 kB of text at every start
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        String css = Theme.class.getResource(ROWBOAT_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }
}
