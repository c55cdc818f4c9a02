package dev.rowboat.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX started from the class path, as {@code java -jar rowboat.jar} and the launcher start it.
 *
 * <p>JavaFX expects its modules in the boot layer (a module path, or a runtime with JavaFX linked in,
 * as the packaged app has) and otherwise logs "Unsupported JavaFX configuration: classes were loaded
 * from 'unnamed module …'" at every start. A single jar cannot hold modules, and everything Rowboat
 * uses of JavaFX works from the class path (the tests and the build's class-data training run that
 * way), so that one record is dropped; every other JavaFX message still shows.
 */
final class ClasspathJavaFx {
    static final String WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** JavaFX's platform logger ({@code System.getLogger("javafx")}), held: JUL keeps loggers only weakly. */
    private static Logger javafxLogger;

    private ClasspathJavaFx() {
    }

    /** Before {@code Application.launch}: drops the class-path warning, unless JavaFX runs as a module. */
    static synchronized void quietenConfigurationWarning() {
        if (javafx.application.Platform.class.getModule().isNamed() || javafxLogger != null) {
            return;
        }
        Logger logger = Logger.getLogger("javafx");
        Filter previous = logger.getFilter();
        logger.setFilter(record -> !isConfigurationWarning(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
        javafxLogger = logger;
    }

    static boolean isConfigurationWarning(String message) {
        return message != null && message.startsWith(WARNING);
    }
}
