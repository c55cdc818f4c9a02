package dev.rowboat.ui.migrate;

import dev.rowboat.data.OpenDatabase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The "Migrations" tab beside the grids: one per open database, opened on demand. */
public final class MigrationTab {
    private final TabPane tabs;
    private final MigrationPanels panels;
    private Tab tab;

    public MigrationTab(TabPane tabs, MigrationPanels panels) {
        this.tabs = tabs;
        this.panels = panels;
    }

    /** Selects the tab, creating it (and reading the history) the first time. */
    public void open(OpenDatabase database, Runnable schemaChanged) {
        if (database == null) {
            return;
        }
        if (tab == null || !tabs.getTabs().contains(tab)) {
            MigrationPanelView view = new MigrationPanelView(panels.create(database, schemaChanged));
            tab = new Tab("Migrations", view.root());
            tab.setId("migrationsTab");
            tabs.getTabs().add(tab);
            view.viewModel().refresh();
        }
        tabs.getSelectionModel().select(tab);
    }

    /** Whether {@code candidate} is the migrations tab (not a grid). */
    public boolean is(Tab candidate) {
        return candidate != null && candidate == tab;
    }
}
