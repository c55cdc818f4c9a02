package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.MigrationChoices;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.keyring.SystemKeyring;
import dev.rowboat.data.settings.SettingsStore;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.ui.common.AlertNotifier;
import dev.rowboat.ui.common.FxTaskExecutor;
import dev.rowboat.ui.common.Icons;
import dev.rowboat.ui.common.StartupTimeline;
import dev.rowboat.ui.common.Theme;
import dev.rowboat.ui.common.UncaughtErrors;
import dev.rowboat.ui.common.WriteGuard;
import dev.rowboat.ui.connect.ConnectDialog;
import dev.rowboat.ui.connect.ConnectViewModel;
import dev.rowboat.ui.main.DatabaseConnector;
import dev.rowboat.ui.main.MainWindowView;
import dev.rowboat.ui.main.MainWindowViewModel;
import dev.rowboat.ui.migrate.MigrationPanelViewModel;
import java.io.IOException;
import java.util.Map;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: builds the services once and hands them to the views through their
 * constructors (FXML controller factory), then opens the start-up database.
 */
public final class RowboatApplication extends Application {
    /** What {@link #launch(AppConfig)} prepared; JavaFX makes the instance itself, so it is handed over here. */
    private static volatile AppConfig prepared;
    private static volatile EarlyOpen preparedOpen;

    private AppConfig config;
    private DatabaseConnector earlyOpen;
    private FxTaskExecutor executor;
    private MainWindowViewModel mainViewModel;
    private Thread.UncaughtExceptionHandler previousHandler;

    /** Used by {@link Application#launch}; the configuration comes from the command line. */
    public RowboatApplication() {
    }

    /** Used by tests and by {@link Main} with a configuration already resolved. */
    public RowboatApplication(AppConfig config) {
        this.config = config;
    }

    /**
     * Opens the window: the start-up database begins to open at once, on its own thread, while
     * JavaFX starts. Returns when the window is closed.
     */
    static void launch(AppConfig config) {
        prepared = config;
        preparedOpen = config.startEarly();
        ClasspathJavaFx.quietenConfigurationWarning();
        Application.launch(RowboatApplication.class);
    }

    @Override
    public void init() {
        StartupTimeline.process().mark("toolkit");
        if (config == null && prepared != null) {
            config = prepared;
            earlyOpen = preparedOpen;
        }
        if (config == null) {
            Map<String, String> named = getParameters().getNamed();
            config = AppConfig.fromArguments(named.get("url"), System.getenv(),
                    new Safeguards(Boolean.parseBoolean(named.get("read-only")), Boolean.parseBoolean(named.get("production"))));
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        Theme.useFor(false);
        executor = new FxTaskExecutor(3);
        AlertNotifier notifier = new AlertNotifier(stage);
        DataLocations locations = config.locations();
        ProjectMigrations projects = new ProjectMigrations(new MigrationChoices(locations.migrationFoldersFile()), System.getenv());
        DatabaseConnector connector = earlyOpen != null ? earlyOpen : config.connector();
        mainViewModel = new MainWindowViewModel(connector, executor, notifier,
                new RecentConnections(locations.recentConnectionsFile()));
        mainViewModel.keepConsoleHistoryIn(locations.consoleFolder());
        mainViewModel.keepDiagramPositionsIn(locations.diagramFolder());
        mainViewModel.keepWindowLayoutIn(new SettingsStore(locations.settingsFolder()));
        mainViewModel.keepLogsIn(locations.logFolder());
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(mainViewModel.statusProperty()::set));
        ConnectDialog[] dialog = new ConnectDialog[1];
        FXMLLoader loader = new FXMLLoader(RowboatApplication.class.getResource("/main/main-window.fxml"));
        loader.setControllerFactory(type -> new MainWindowView(mainViewModel, () -> {
            if (dialog[0] == null) {
                dialog[0] = new ConnectDialog(new ConnectViewModel(mainViewModel, new SystemKeyring(), executor), stage);
            }
            return dialog[0];
        }, (db, schemaChanged) -> {
            MigrationPanelViewModel panel = new MigrationPanelViewModel(projects.workspace(db), executor, notifier, schemaChanged,
                    WriteGuard.of(db.spec(), notifier));
            panel.onFolderChosen(folder -> projects.remember(db, folder));
            panel.onAlembicCommandChosen(command -> projects.rememberAlembicCommand(db, command));
            return panel;
        }));
        Parent root = loader.load();
        StartupTimeline.process().mark("window built");
        Scene scene = new Scene(root);
        Theme.apply(scene, false);
        dev.rowboat.ui.common.Tips.enable(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(mainViewModel.marks().titleProperty()); // "PRODUCTION — …" on a production database
        stage.getIcons().addAll(Icons.image("rowboat-32"), Icons.image("rowboat-64"), Icons.image("rowboat-128"));
        stage.show();
        StartupTimeline.process().mark("window shown");
        ScriptedStart script = ScriptedStart.requested();
        if (script != null) {
            script.drive(scene);
        }
        javafx.application.Platform.runLater(() -> StartupTimeline.process().mark("window"));
        openStartupDatabase(notifier);
    }

    private void openStartupDatabase(AlertNotifier notifier) {
        StartupTarget target;
        try {
            target = config.startup();
        } catch (DatabaseException e) {
            notifier.error("Could not read the database URL", e.getMessage(), null);
            return;
        }
        mainViewModel.openAtStartup(target.spec().withSafeguards(config.safeguards()), ConnectOptions.defaults(), target.typed());
    }


    @Override
    public void stop() {
        if (mainViewModel != null) {
            mainViewModel.shutdown(); // keeps the window's layout for the database that was open
            mainViewModel.layout().close();
        }
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        if (executor != null) {
            executor.close();
        }
    }

    /**
     * What the application starts with.
     *
     * @param safeguards how the start-up database is marked ({@code --read-only}, {@code --production})
     */
    public record AppConfig(String urlOption, Map<String, String> environment, DataLocations locations, boolean statistics,
                            Safeguards safeguards) {
        public AppConfig(String urlOption, Map<String, String> environment, DataLocations locations, boolean statistics) {
            this(urlOption, environment, locations, statistics, Safeguards.NONE);
        }

        public static AppConfig fromArguments(String urlOption, Map<String, String> environment, Safeguards safeguards) {
            return new AppConfig(urlOption, environment, DataLocations.forCurrentUser(), false, safeguards);
        }

        /** @throws DatabaseException when the given URL cannot be read */
        public StartupTarget startup() {
            return StartupTarget.resolve(urlOption, environment, locations);
        }

        /** Opens every database by reflection; the embedded default is made and kept at the built-in head. */
        public MicroblogConnector connector() {
            return new MicroblogConnector(locations.defaultDatabase(), statistics,
                    new dev.rowboat.data.AssociationNames(locations.associationNamesFile()));
        }

        /**
         * Starts opening the start-up database as the window will ask for it (with the marks the
         * recent list remembers for its URL), all of it on the early-open thread; when its URL cannot
         * be read, nothing is opened early and the window says why.
         */
        EarlyOpen startEarly() {
            return EarlyOpen.start(() -> new EarlyOpen.Plan(connector(), startupSpec(), ConnectOptions.defaults()));
        }

        /** The start-up database as the window will ask for it; null when its URL cannot be read. */
        private ConnectionSpec startupSpec() {
            try {
                StartupTarget target = startup();
                ConnectionSpec spec = target.spec().withSafeguards(safeguards);
                if (target.typed() != null) {
                    Safeguards remembered = new RecentConnections(locations.recentConnectionsFile()).safeguardsOf(target.typed())
                            .orElse(Safeguards.NONE);
                    spec = spec.withSafeguards(spec.safeguards().or(remembered));
                }
                return spec;
            } catch (DatabaseException e) {
                return null;
            }
        }
    }
}
