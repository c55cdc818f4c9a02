package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.DataLocations;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which database opens first: --url, then DATABASE_URL, then the embedded default. */
class StartupTargetTest {
    private final DataLocations locations = new DataLocations(Path.of("/home/me/.local/share/rowboat"));

    @Test
    void theUrlOptionWinsOverTheEnvironment() {
        StartupTarget target = StartupTarget.resolve("sqlite:////srv/app.db", Map.of("DATABASE_URL", "postgresql://u@h/db"), locations);
        assertThat(target.spec().jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/app.db");
        assertThat(target.source()).isEqualTo("--url");
    }

    @Test
    void databaseUrlFromTheEnvironmentIsUsedAsFlaskDoes() {
        StartupTarget target = StartupTarget.resolve(null, Map.of("DATABASE_URL", "postgresql://me:s3cret@db.local/blog"), locations);
        assertThat(target.spec().dbms()).isEqualTo(Dbms.POSTGRESQL);
        assertThat(target.spec().user()).isEqualTo("me");
        assertThat(target.spec().password()).isEqualTo("s3cret");
        assertThat(target.source()).isEqualTo("DATABASE_URL");
    }

    @Test
    void withoutEitherTheEmbeddedH2FileInTheDataFolderOpens() {
        StartupTarget target = StartupTarget.resolve(null, Map.of(), locations);
        assertThat(target.isDefault()).isTrue();
        assertThat(target.spec().displayUrl()).isEqualTo("jdbc:h2:file:/home/me/.local/share/rowboat/rowboat");
        assertThat(target.spec().jdbcUrl()).as("shared with a second window or a db command")
                .isEqualTo("jdbc:h2:file:/home/me/.local/share/rowboat/rowboat;AUTO_SERVER=TRUE");
        assertThat(target.spec().databaseFile()).contains(Path.of("/home/me/.local/share/rowboat/rowboat.mv.db"));
    }

    @Test
    void aBadDatabaseUrlIsReportedNotIgnored() {
        assertThatThrownBy(() -> StartupTarget.resolve(null, Map.of("DATABASE_URL", "mssql://x/y"), locations))
                .isInstanceOf(DatabaseException.class).hasMessageStartingWith("Rowboat cannot open \"mssql\" databases.");
    }
}
