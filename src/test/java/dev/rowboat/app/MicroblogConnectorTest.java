package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.RevisionGraph;
import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database and new files are made by the built-in history, so their version table names the head. */
class MicroblogConnectorTest {
    @TempDir
    Path dir;

    static String head() {
        return RevisionGraph.of(MicroblogHistory.repository().revisions().stream().map(RevisionFile::revision).toList())
                .heads().get(0);
    }

    @Test
    void theDefaultDatabaseIsCreatedByTheHistoryWithTheSampleInIt() throws Exception {
        ConnectionSpec spec = new DataLocations(dir.resolve("home")).defaultDatabase();
        MicroblogConnector connector = new MicroblogConnector(spec, false);
        try (OpenDatabase db = connector.connect(spec, ConnectOptions.defaults())) {
            assertThat(db.catalog()).isNotNull();
        }
        assertThat(query(spec, "select version_num from rowboat_version")).containsExactly(head());
        assertThat(query(spec, "select username from \"user\" order by username")).containsExactly("david", "john", "mary", "susan");

        try (OpenDatabase again = connector.connect(spec, ConnectOptions.defaults())) {
            assertThat(again.catalog()).isNotNull();
        }
        assertThat(query(spec, "select count(*) from \"user\"")).containsExactly("4");
    }

    @Test
    void aDefaultDatabaseTheOlderRowboatMadeIsStampedAtTheHeadAndKeepsItsRows() throws Exception {
        ConnectionSpec spec = new DataLocations(dir.resolve("home")).defaultDatabase();
        java.nio.file.Files.createDirectories(spec.databaseFile().orElseThrow().getParent());
        try (OpenDatabase old = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(spec, ConnectOptions.defaults().allowingCreate())) {
            old.createTablesIfEmpty();
            old.inTransaction(SampleData::populateNamed);
        }
        try (OpenDatabase db = new MicroblogConnector(spec, false).connect(spec, ConnectOptions.defaults())) {
            assertThat(db.catalog()).isNotNull();
        }
        assertThat(query(spec, "select version_num from rowboat_version")).containsExactly(head());
        assertThat(query(spec, "select count(*) from \"user\"")).containsExactly("4");
    }

    @Test
    void aNewSqliteFileThePersonAgreedToCreateGetsTheHistoryButNoSample() throws Exception {
        ConnectionSpec defaults = new DataLocations(dir.resolve("home")).defaultDatabase();
        Path file = dir.resolve("new.db");
        ConnectionSpec spec = new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file);
        try (OpenDatabase db = new MicroblogConnector(defaults, false).connect(spec, ConnectOptions.defaults().allowingCreate())) {
            assertThat(db.isEmpty()).as("every entity's table is there").isFalse();
        }
        assertThat(query(spec, "select version_num from rowboat_version")).containsExactly(head());
        assertThat(query(spec, "select count(*) from user")).containsExactly("0");
    }

    static List<String> query(ConnectionSpec spec, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection(spec.jdbcUrl(), "", ""); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
