package dev.rowboat.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder in the desktop's file manager: {@code xdg-open} on Linux and the other Unixes,
 * {@code open} on macOS, Explorer on Windows. A command rather than AWT's {@code Desktop}, which
 * on Linux knows only GNOME's libraries and would start AWT inside a JavaFX application.
 */
public final class FolderOpener {
    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    private FolderOpener() {
    }

    /** The command that opens {@code folder} on the system {@code osName} names ({@code os.name}). */
    public static List<String> commandFor(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("explorer.exe", path);
        }
        if (os.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    /**
     * Makes the folder if it is missing and opens it, on a thread of its own (a file manager may
     * take its time to answer); what went wrong reaches {@code onFailure} as a sentence.
     */
    public static void open(Path folder, Consumer<String> onFailure) {
        List<String> command = commandFor(System.getProperty("os.name", ""), folder);
        Thread opener = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor();
                // Explorer exits with 1 when it did open the folder; xdg-open and open say 0
                if (exit != 0 && !command.get(0).equals("explorer.exe")) {
                    onFailure.accept(cannotOpen(folder, command.get(0) + " ended with status " + exit));
                }
            } catch (IOException e) {
                LOG.warn("Could not open {} with {}", folder, command, e);
                onFailure.accept(cannotOpen(folder, command.get(0) + " could not be started"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rowboat-open-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private static String cannotOpen(Path folder, String why) {
        return "Could not open a file manager (" + why + "). The folder is " + folder.toAbsolutePath() + ".";
    }
}
