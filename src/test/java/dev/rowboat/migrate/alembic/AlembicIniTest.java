package dev.rowboat.migrate.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlembicIniTest {
    @TempDir
    Path root;

    @Test
    void scriptLocationAndVersionLocationsAreReadWithHere() throws Exception {
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, """
                [alembic]
                script_location = %(here)s/db
                version_locations = %(here)s/db/versions %(here)s/other/versions
                sqlalchemy.url = driver://user:pass@localhost/dbname

                [loggers]
                keys = root
                """);
        AlembicIni read = AlembicIni.read(ini);
        assertThat(read.scriptLocation()).isEqualTo(root.resolve("db").toAbsolutePath());
        assertThat(read.versionLocations()).containsExactly(root.resolve("db/versions").toAbsolutePath(),
                root.resolve("other/versions").toAbsolutePath());
    }

    @Test
    void aRelativeScriptLocationIsTheIniFoldersAndVersionPathSeparatorIsHonoured() throws Exception {
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, "[alembic]\nscript_location = alembic\nversion_path_separator = ;\n"
                + "version_locations = a/versions;b/versions\n");
        AlembicIni read = AlembicIni.read(ini);
        assertThat(read.scriptLocation()).isEqualTo(root.resolve("alembic").toAbsolutePath());
        assertThat(read.versionLocations()).containsExactly(root.resolve("a/versions").toAbsolutePath(),
                root.resolve("b/versions").toAbsolutePath());
    }

    @Test
    void flaskMigratesIniNamesNeitherSoTheIniFolderHoldsTheScriptsAndVersions() throws Exception {
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, "# A generic, single database configuration.\n\n[alembic]\n# template used to generate migration files\n"
                + "# file_template = %%(rev)s_%%(slug)s\n\n[logger_root]\nlevel = WARN\n");
        AlembicIni read = AlembicIni.read(ini);
        assertThat(read.scriptLocation()).isEqualTo(root.toAbsolutePath());
        assertThat(read.versionLocations()).containsExactly(root.resolve("versions").toAbsolutePath());
    }
}
