package dev.rowboat.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.RevisionDrafts;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Autogenerate on a repository drops only what the history's applied revisions made: a table
 * and a column someone added by hand stay, a column a revision created and the model dropped goes.
 */
class AutogenerateOwnedSchemaTest {
    static final ColumnSpec ID = new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, false);
    static final ColumnSpec BODY = ColumnSpec.of("body", ColumnType.varchar(140), true);
    static final ColumnSpec LANGUAGE = ColumnSpec.of("lang", ColumnType.varchar(5), true);

    @TempDir
    Path dir;

    static TableSpec note(List<ColumnSpec> columns, List<IndexSpec> indexes) {
        return new TableSpec("note", columns, List.of("id"), List.of(), List.of(), indexes);
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void onlyWhatARevisionMadeIsProposedForDropping(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations m = Migrations.open(MigrationRepository.directory(dir.resolve("migrations")), source, dbms);
            Migrations.init(dir.resolve("migrations"));
            IndexSpec byLanguage = new IndexSpec("ix_note_lang", "note", List.of("lang"), false);
            m.writeRevision("notes", List.of(new CreateTable(note(List.of(ID, BODY), List.of()))), List.of(new DropTable("note")));
            m.writeRevision("language", List.of(new AddColumn("note", LANGUAGE), new CreateIndex(byLanguage)),
                    List.of(new DropIndex("note", "ix_note_lang"), new DropColumn("note", "lang")));
            m.upgrade("head", MigrationListener.NONE);
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table legacy (id integer not null primary key, name varchar(20))");
                    s.execute("alter table note add column extra varchar(20)");
                    s.execute("create index ix_note_extra on note (extra)");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            RevisionDrafts drafts = new RevisionDrafts(m, source, dbms);

            Candidate same = drafts.draft(new SchemaSnapshot(List.of(note(List.of(ID, BODY, LANGUAGE), List.of(byLanguage)))));
            assertThat(same.upgrade()).as("the hand-made table, column and index are not the model's to drop").isEmpty();
            assertThat(same.notes()).contains("table legacy is not mapped, left alone");
            assertThat(same.notes()).anySatisfy(n -> assertThat(n).containsIgnoringCase("column note.extra is not mapped"));

            Candidate lost = drafts.draft(new SchemaSnapshot(List.of(note(List.of(ID, BODY), List.of()))));
            assertThat(lost.upgrade()).as("what the language revision made goes, nothing else")
                    .extracting(op -> op.describe().toLowerCase(java.util.Locale.ROOT))
                    .containsExactly("drop index ix_note_lang on note", "drop column note.lang");
        }
    }
}
