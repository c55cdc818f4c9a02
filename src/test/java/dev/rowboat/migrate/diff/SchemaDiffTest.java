package dev.rowboat.migrate.diff;

import static dev.rowboat.migrate.diff.Snapshots.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ops.*;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diff on hand-made snapshots: one kind of change at a time, both directions. Unless a test
 * says otherwise, everything in the database is what Rowboat's revisions made (the owned schema
 * is the live one), so what the model lost may be dropped.
 */
class SchemaDiffTest {
    private static final SchemaSnapshot NOTHING_OWNED = schema();

    private static Candidate diff(SchemaSnapshot model, SchemaSnapshot live) {
        return SchemaDiff.compare(model, live, live, Dbms.POSTGRESQL);
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anUnchangedSchemaGivesNoCandidate(Dbms dbms) {
        Candidate c = SchemaDiff.compare(schema(user(), post()), schema(post(), user()), schema(user(), post()), dbms);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.downgrade()).isEmpty();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.summary()).isEqualTo("no changes: the database matches the model, nothing to write");
    }

    @Test
    void aNewTableIsCreatedAfterTheTableItRefersToAndDroppedBeforeIt() {
        Candidate c = diff(schema(post(), user()), schema());
        assertThat(c.upgrade()).containsExactly(new CreateTable(user()), new CreateTable(post()));
        assertThat(c.downgrade()).containsExactly(new DropTable("post"), new DropTable("user"));
    }

    @Test
    void tablesThatReferToEachOtherGetTheClosingKeyAfterBothExist() {
        ForeignKeySpec back = new ForeignKeySpec("fk_user_post", "user", List.of("pinned"), "post", List.of("id"), null);
        TableSpec user = withForeignKeys(withColumn(user(), ColumnSpec.of("pinned", ColumnType.of(TypeKind.INTEGER), true)), List.of(back));
        Candidate c = diff(schema(user, post()), schema());
        assertThat(c.upgrade()).containsExactly(new CreateTable(withForeignKeys(user, List.of())), new CreateTable(post()),
                new AddForeignKey(back));
        assertThat(c.downgrade()).containsExactly(new DropForeignKey("user", "fk_user_post"), new DropTable("post"), new DropTable("user"));
    }

    @Test
    void aNewColumnIsAddedAndDroppedBack() {
        ColumnSpec language = ColumnSpec.of("language", ColumnType.varchar(5), true);
        Candidate c = diff(schema(user(), withColumn(post(), language)), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new AddColumn("post", language));
        assertThat(c.downgrade()).containsExactly(new DropColumn("post", "language"));
        assertThat(c.renames()).isEmpty();
    }

    @Test
    void aNotNullColumnWithoutDefaultIsAddedWithAWarning() {
        ColumnSpec language = ColumnSpec.of("language", ColumnType.varchar(5), false);
        Candidate c = diff(schema(user(), withColumn(post(), language)), schema(user(), post()));
        assertThat(c.warnings()).singleElement().asString().contains("`language`", "NOT NULL without a default");
    }

    @Test
    void aRemovedColumnIsDroppedAndComesBackWithItsOldDefinition() {
        Candidate c = diff(schema(without(user(), "about_me"), post()), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new DropColumn("user", "about_me"));
        assertThat(c.downgrade()).containsExactly(new AddColumn("user", user().column("about_me").orElseThrow()));
    }

    @Test
    void aWidenedColumnIsAlteredBothWays() {
        ColumnSpec old = post().column("body").orElseThrow();
        ColumnSpec wide = ColumnSpec.of("body", ColumnType.varchar(500), true);
        Candidate c = diff(schema(user(), withColumn(post(), wide)), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new AlterColumn("post", old, wide));
        assertThat(c.downgrade()).containsExactly(new AlterColumn("post", wide, old));
    }

    @Test
    void nullabilityAndDefaultChangesAreAlterations() {
        ColumnSpec notNull = ColumnSpec.of("body", ColumnType.varchar(140), false);
        ColumnSpec withDefault = new ColumnSpec("body", ColumnType.varchar(140), true, "'draft'", false);
        assertThat(diff(schema(user(), withColumn(post(), notNull)), schema(user(), post())).upgrade())
                .containsExactly(new AlterColumn("post", post().column("body").orElseThrow(), notNull));
        assertThat(diff(schema(user(), withColumn(post(), withDefault)), schema(user(), post())).upgrade())
                .containsExactly(new AlterColumn("post", post().column("body").orElseThrow(), withDefault));
    }

    @Test
    void defaultsSpelledDifferentlyByTheDatabaseAreNoChange() {
        ColumnSpec model = new ColumnSpec("body", ColumnType.varchar(140), true, "'draft'", false);
        ColumnSpec live = new ColumnSpec("body", ColumnType.varchar(140), true, "('draft'::character varying)", false);
        ColumnSpec modelNow = new ColumnSpec("timestamp", ColumnType.of(TypeKind.TIMESTAMP), true, "CURRENT_TIMESTAMP", false);
        ColumnSpec liveNow = new ColumnSpec("timestamp", new ColumnType(TypeKind.TIMESTAMP, null, 6, null, null), true, "current_timestamp(6)", false);
        assertThat(diff(schema(user(), withColumn(withColumn(post(), model), modelNow)),
                schema(user(), withColumn(withColumn(post(), live), liveNow))).isEmpty()).isTrue();
    }

    @Test
    void identityColumnsReadBackWithTheirSequenceAreNoChange() {
        ColumnSpec serial = new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, "nextval('post_id_seq'::regclass)", true);
        assertThat(diff(schema(user(), post()), schema(user(), withColumn(post(), serial))).isEmpty()).isTrue();
    }

    @Test
    void aRemovedIndexIsDroppedAndRecreatedOnDowngrade() {
        IndexSpec index = post().indexes().get(0);
        Candidate c = diff(schema(user(), withIndexes(post(), List.of())), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new DropIndex("post", "ix_post_timestamp"));
        assertThat(c.downgrade()).containsExactly(new CreateIndex(index));
    }

    @Test
    void aNewUniqueConstraintIsAddedAndDroppedBack() {
        UniqueSpec unique = new UniqueSpec("UKabc", "post", List.of("body", "user_id"));
        Candidate c = diff(schema(user(), withUniques(post(), List.of(unique))), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new AddUnique(unique));
        assertThat(c.downgrade()).containsExactly(new DropUnique("post", "UKabc"));
    }

    @Test
    void constraintsAreComparedByColumnsNotByNames() {
        TableSpec live = withIndexes(withUniques(user(), List.of()), List.of(new IndexSpec("other_name", "user", List.of("USERNAME"), true)));
        TableSpec livePost = withForeignKeys(post(), List.of(new ForeignKeySpec("FK7x9", "post", List.of("user_id"), "USER", List.of("id"), "NO ACTION")));
        assertThat(diff(schema(user(), post()), schema(live, livePost)).isEmpty()).isTrue();
    }

    @Test
    void theIndexADatabaseKeepsForAForeignKeyIsLeftAlone() {
        TableSpec live = withIndexes(post(), List.of(post().indexes().get(0), new IndexSpec("fk_post_user_id", "post", List.of("user_id"), false)));
        assertThat(diff(schema(user(), post()), schema(user(), live)).isEmpty()).isTrue();
    }

    @Test
    void aForeignKeyGoesBeforeItsColumnAndComesBackAfterIt() {
        TableSpec model = withForeignKeys(without(post(), "user_id"), List.of());
        Candidate c = diff(schema(user(), model), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new DropForeignKey("post", "fk_post_user_id"), new DropColumn("post", "user_id"));
        assertThat(c.downgrade()).containsExactly(new AddColumn("post", post().column("user_id").orElseThrow()),
                new AddForeignKey(post().foreignKeys().get(0)));
    }

    @Test
    void aChangedOnDeleteReplacesTheForeignKey() {
        ForeignKeySpec cascade = new ForeignKeySpec("fk_post_user_id", "post", List.of("user_id"), "user", List.of("id"), "CASCADE");
        Candidate c = diff(schema(user(), withForeignKeys(post(), List.of(cascade))), schema(user(), post()));
        assertThat(c.upgrade()).containsExactly(new DropForeignKey("post", "fk_post_user_id"), new AddForeignKey(cascade));
    }

    @Test
    void tablesTheModelDoesNotMapAreLeftAloneUnlessRowboatCreatedThem() {
        TableSpec other = renamed(withForeignKeys(withIndexes(user(), List.of()), List.of()), "legacy");
        TableSpec alembic = new TableSpec("alembic_version", List.of(ColumnSpec.of("version_num", ColumnType.varchar(32), false)),
                List.of("version_num"), List.of(), List.of(), List.of());
        Candidate c = SchemaDiff.compare(schema(user(), post()), schema(user(), post(), other, alembic),
                schema(alembic), Dbms.H2);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.notes()).containsExactly("table legacy is not mapped, left alone", "table alembic_version is not mapped, left alone");
    }

    @Test
    void anOwnedTableIsDroppedAfterTheKeysIntoItAndRecreatedBeforeThem() {
        Candidate c = SchemaDiff.compare(schema(withForeignKeys(without(post(), "user_id"), List.of())),
                schema(user(), post()), schema(user(), post()), Dbms.H2);
        assertThat(c.upgrade()).containsExactly(new DropForeignKey("post", "fk_post_user_id"), new DropTable("user"),
                new DropColumn("post", "user_id"));
        assertThat(c.downgrade()).containsExactly(new AddColumn("post", post().column("user_id").orElseThrow()),
                new CreateTable(user()), new AddForeignKey(post().foreignKeys().get(0)));
    }

    @Test
    void aDropAndAnAddOfTheSameTypeAreOfferedAsARenameThatKeepsTheValues() {
        ColumnSpec bio = ColumnSpec.of("bio", ColumnType.varchar(140), true);
        Candidate c = diff(schema(withColumn(without(user(), "about_me"), bio), post()), schema(user(), post()));
        RenameQuestion question = RenameQuestion.column("user", "about_me", "bio");
        assertThat(c.renames()).containsExactly(question);
        assertThat(c.summary()).isEqualTo("2 changes, 1 rename to confirm");
        assertThat(question.question()).isEqualTo("was column user.about_me renamed to bio?");

        Candidate renamed = c.accept(question);
        assertThat(renamed.upgrade()).containsExactly(new RenameColumn("user", "about_me", "bio"));
        assertThat(renamed.downgrade()).containsExactly(new RenameColumn("user", "bio", "about_me"));
        assertThat(renamed.renames()).isEmpty();
    }

    @Test
    void aRenameToAWiderColumnAlsoAltersIt() {
        ColumnSpec bio = ColumnSpec.of("bio", ColumnType.varchar(140), false);
        Candidate c = diff(schema(withColumn(without(user(), "about_me"), bio), post()), schema(user(), post()))
                .accept(RenameQuestion.column("user", "about_me", "bio"));
        ColumnSpec old = user().column("about_me").orElseThrow().withName("bio");
        assertThat(c.upgrade()).containsExactly(new RenameColumn("user", "about_me", "bio"), new AlterColumn("user", old, bio));
        assertThat(c.downgrade()).containsExactly(new AlterColumn("user", bio, old), new RenameColumn("user", "bio", "about_me"));
    }

    @Test
    void anOwnedTableWithTheSameColumnsAsANewOneIsOfferedAsATableRename() {
        TableSpec tag = new TableSpec("tag", List.of(ID, ColumnSpec.of("name", ColumnType.varchar(50), true)), List.of("id"),
                List.of(), List.of(), List.of());
        Candidate c = SchemaDiff.compare(schema(renamed(tag, "label")), schema(tag), schema(tag), Dbms.SQLITE);
        assertThat(c.renames()).containsExactly(RenameQuestion.table("tag", "label"));
        Candidate renamed = c.accept(c.renames().get(0));
        assertThat(renamed.upgrade()).containsExactly(new RenameTable("tag", "label"));
        assertThat(renamed.downgrade()).containsExactly(new RenameTable("label", "tag"));
    }

    @Test
    void aChangedPrimaryKeyIsWarnedAboutNotGenerated() {
        TableSpec model = new TableSpec("post", post().columns(), List.of("id", "user_id"), List.of(), post().foreignKeys(), post().indexes());
        Candidate c = diff(schema(user(), model), schema(user(), post()));
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.warnings()).singleElement().asString().startsWith("primary key of post changes");
    }

    @Test
    void aSqliteTableHibernateMadeWithoutForeignKeysIsNotedNotRebuilt() {
        Candidate c = SchemaDiff.compare(schema(user(), post()), schema(user(), withForeignKeys(post(), List.of())), NOTHING_OWNED, Dbms.SQLITE);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.notes()).singleElement().asString().startsWith("table post has no foreign keys in this SQLite file");
        assertThat(SchemaDiff.compare(schema(user(), post()), schema(user(), withForeignKeys(post(), List.of())), NOTHING_OWNED, Dbms.H2)
                .upgrade()).containsExactly(new AddForeignKey(post().foreignKeys().get(0)));
    }

    @Test
    void whatNoRevisionMadeIsNeverDroppedOnlyNoted() {
        ColumnSpec nickname = ColumnSpec.of("nickname", ColumnType.varchar(30), true);
        TableSpec liveUser = withIndexes(withColumn(user(), nickname), List.of(new IndexSpec("ix_user_nickname", "user", List.of("nickname"), false)));
        TableSpec livePost = withUniques(withForeignKeys(withColumn(post(), ColumnSpec.of("editor_id", ColumnType.of(TypeKind.INTEGER), true)),
                        List.of(post().foreignKeys().get(0), new ForeignKeySpec("fk_post_editor", "post", List.of("editor_id"), "user", List.of("id"), null))),
                List.of(new UniqueSpec("uq_post_body", "post", List.of("body"))));
        TableSpec legacy = renamed(withForeignKeys(withIndexes(withUniques(user(), List.of()), List.of()), List.of()), "legacy");

        Candidate c = SchemaDiff.compare(schema(user(), post()), schema(liveUser, livePost, legacy), schema(user(), post()), Dbms.POSTGRESQL);

        assertThat(c.upgrade()).as("nothing the revisions did not make is dropped").isEmpty();
        assertThat(c.renames()).isEmpty();
        assertThat(c.notes()).contains("table legacy is not mapped, left alone",
                "column user.nickname is not mapped and no revision made it, left alone",
                "column post.editor_id is not mapped and no revision made it, left alone");
        assertThat(SchemaDiff.compare(schema(), schema(user(), post()), NOTHING_OWNED, Dbms.H2).isEmpty())
                .as("a database no revision made is left whole").isTrue();
    }

    @Test
    void aColumnTheHistoryMadeIsDroppedAndOneItDidNotMakeIsKept() {
        ColumnSpec nickname = ColumnSpec.of("nickname", ColumnType.varchar(30), true);
        Candidate c = SchemaDiff.compare(schema(without(user(), "about_me"), post()), schema(withColumn(user(), nickname), post()),
                schema(user(), post()), Dbms.MARIADB);
        assertThat(c.upgrade()).containsExactly(new DropColumn("user", "about_me"));
        assertThat(c.downgrade()).containsExactly(new AddColumn("user", user().column("about_me").orElseThrow()));
    }

    @Test
    void anIndexAndAForeignKeyTheHistoryMadeAreDroppedWhenTheModelLostThem() {
        TableSpec model = withIndexes(withForeignKeys(post(), List.of()), List.of());
        Candidate c = SchemaDiff.compare(schema(user(), model), schema(user(), post()), schema(user(), post()), Dbms.POSTGRESQL);
        assertThat(c.upgrade()).containsExactly(new DropForeignKey("post", "fk_post_user_id"), new DropIndex("post", "ix_post_timestamp"));
        assertThat(SchemaDiff.compare(schema(user(), model), schema(user(), post()), schema(user(), withIndexes(withForeignKeys(post(),
                List.of()), List.of())), Dbms.POSTGRESQL).upgrade()).as("not when the history did not make them").isEmpty();
    }

    @Test
    void aBaselineCreatesTheTablesInKeyOrderAndDropsThemInReverse() {
        Candidate c = SchemaDiff.creating(schema(post(), user()));
        assertThat(c.upgrade()).containsExactly(new CreateTable(user()), new CreateTable(post()));
        assertThat(c.downgrade()).containsExactly(new DropTable("post"), new DropTable("user"));
    }
}
