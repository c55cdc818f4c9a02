package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.models.Base;
import dev.rowboat.migrate.diff.models.NewColumn;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code db migrate} writes exactly the model's change and nothing when there is none; {@code db check} exits 1 on a difference. */
class DbAutogenerateCommandTest {
    static final List<String> MODEL_A = List.of("--entity", Base.Author.class.getName(), "--entity", Base.Note.class.getName());
    static final List<String> MODEL_A_WITH_LANGUAGE = List.of("--entity", Base.Author.class.getName(),
            "--entity", NewColumn.Note.class.getName());

    @TempDir
    Path dir;


    static String url(TestDatabase test) {
        String jdbc = test.spec().jdbcUrl();
        return switch (test.dbms()) {
            case POSTGRESQL -> jdbc + "&user=postgres";
            case MARIADB -> jdbc + "?user=root";
            default -> jdbc;
        };
    }

    Run db(TestDatabase test, List<String> model, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url(test), "--dir", dir.resolve("migrations").toString()));
        all.addAll(model);
        return rowboat(all);
    }

    List<Revision> revisions() {
        return MigrationRepository.directory(dir.resolve("migrations")).revisions().stream().map(RevisionFile::revision).toList();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void migrateWritesTheModelsChangeOnceAndCheckSaysWhetherTheyDiffer(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            assertThat(db(test, List.of(), "init").exit()).isZero();
            Run first = db(test, MODEL_A, "migrate", "-m", "notes");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).startsWith("Created revision").contains("create table author", "create table note");
            assertThat(db(test, MODEL_A, "check").exit()).as("pending revision: not at the head").isEqualTo(1);
            assertThat(db(test, List.of(), "upgrade").exit()).isZero();

            Run check = db(test, MODEL_A, "check");
            assertThat(check.exit()).as(check.out() + check.err()).isZero();
            Run unchanged = db(test, MODEL_A, "migrate", "-m", "nothing");
            assertThat(unchanged.exit()).isZero();
            assertThat(unchanged.out()).startsWith("No changes");
            assertThat(revisions()).hasSize(1);

            Run differs = db(test, MODEL_A_WITH_LANGUAGE, "check");
            assertThat(differs.exit()).isEqualTo(1);
            assertThat(differs.out()).contains("note.language");
            Run language = db(test, MODEL_A_WITH_LANGUAGE, "migrate", "-m", "language");
            assertThat(language.exit()).as(language.err()).isZero();
            Revision written = revisions().stream().filter(r -> r.message().equals("language")).findFirst().orElseThrow();
            assertThat(written.upgrade()).containsExactly(
                    new AddColumn("note", new ColumnSpec("language", ColumnType.varchar(5), true, null, false)));
            assertThat(written.downgrade()).containsExactly(new DropColumn("note", "language"));
            assertThat(written.downRevisions()).containsExactly(revisions().stream()
                    .filter(r -> r.message().equals("notes")).findFirst().orElseThrow().id());

            assertThat(db(test, List.of(), "upgrade").exit()).isZero();
            assertThat(db(test, MODEL_A_WITH_LANGUAGE, "check").exit()).isZero();
            assertThat(db(test, MODEL_A, "check").exit()).as("the model went back: the column is one too many").isEqualTo(1);
        }
    }

    @Test
    void withoutDirTheBuiltInHistoryUpgradesTheDatabaseAndCheckFindsTheBuiltInModelEqual() {
        String url = "sqlite:///" + dir.resolve("app.db");
        Run up = rowboat(List.of("db", "upgrade", "--url", url));
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("Upgrade", "users table", "tags");
        Run current = rowboat(List.of("db", "current", "--url", url));
        assertThat(current.out()).contains("(head)");
        assertThat(rowboat(List.of("db", "check", "--url", url)).exit()).isZero();
        Run migrate = rowboat(List.of("db", "migrate", "-m", "nothing", "--url", url));
        assertThat(migrate.exit()).isZero();
        assertThat(migrate.out()).startsWith("No changes");
        assertThat(MicroblogHistory.repository().revisions()).hasSize(5);
    }
}
