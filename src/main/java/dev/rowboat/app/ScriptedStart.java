package dev.rowboat.app;

import dev.rowboat.ui.common.StartupTimeline;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.util.Duration;

/**
 * A start driven without a person, for two runs that need one the same every time:
 * <ul>
 * <li>the build's training of the launcher's class-data archive ({@code -Drowboat.cds.training=true},
 *     see {@code make-launcher.sh}): opens the default database and its first entity's grid, as a
 *     click would, and quits once the rows show, so the archive holds the classes a start loads;</li>
 * <li>the start benchmark ({@code -Drowboat.script.open=Post}): opens that entity's grid once the
 *     entity list has its counts, so its first rows can be timed.</li>
 * </ul>
 */
final class ScriptedStart {
    private static final long GIVE_UP_MS = 120_000;

    private final String entity;
    private final boolean quit;

    private ScriptedStart(String entity, boolean quit) {
        this.entity = entity;
        this.quit = quit;
    }

    /** The script the system properties ask for, or null for a person's start. */
    static ScriptedStart requested() {
        if (Boolean.getBoolean("rowboat.cds.training")) {
            return new ScriptedStart(null, true);
        }
        String open = System.getProperty("rowboat.script.open");
        return open == null || open.isBlank() ? null : new ScriptedStart(open.strip(), false);
    }

    void drive(Scene scene) {
        StartupTimeline.process().listen(mark -> {
            if (mark.phase().equals("counts")) {
                Platform.runLater(() -> select(scene));
            } else if (quit && mark.phase().equals("first rows")) {
                Platform.runLater(() -> {
                    PauseTransition painted = new PauseTransition(Duration.millis(500)); // its cells drawn too
                    painted.setOnFinished(e -> Platform.exit());
                    painted.play();
                });
            }
        });
        if (quit) {
            Thread guard = new Thread(() -> {
                try {
                    Thread.sleep(GIVE_UP_MS);
                } catch (InterruptedException e) {
                    return;
                }
                Platform.exit(); // a start that never finished still leaves the classes it loaded
            }, "rowboat-scripted-start-guard");
            guard.setDaemon(true);
            guard.start();
        }
    }

    private void select(Scene scene) {
        if (!(scene.lookup("#entityList") instanceof ListView<?> list) || list.getItems().isEmpty()) {
            return;
        }
        int index = 0;
        if (entity != null) {
            index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof dev.rowboat.ui.main.EntitySummary s && s.name().equals(entity)) {
                    index = i;
                }
            }
        }
        if (index >= 0) {
            list.getSelectionModel().select(index);
            list.requestFocus();
        }
    }
}
