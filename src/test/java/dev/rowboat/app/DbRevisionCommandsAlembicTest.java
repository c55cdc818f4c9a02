package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.testing.CommandResult;
import dev.rowboat.testing.FlaskProject;
import dev.rowboat.testing.RealAlembic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code db show}, {@code branches}, {@code edit} and {@code --sql} in a Flask-Migrate project,
 * against what real {@code flask db} prints for the same folder.
 */
class DbRevisionCommandsAlembicTest {
    private static final String USERS = "70c83f7b757c";
    private static final String POSTS = "c8cc082e6ec1";
    private static final String FOLLOWERS = "329221f2e7f1";
    private static final String DRAFTS = "d4e5f6a1b2c3";

    /** The tutorial's project with a second branch after its first revision, labelled {@code drafts}. */
    private static FlaskProject branched(RealAlembic alembic) throws Exception {
        FlaskProject project = alembic.project("microblog", "sqlite:///ignored");
        project.env("DATABASE_URL", "sqlite:///" + project.folder().resolve("app.db"));
        Files.writeString(project.folder().resolve("migrations/versions/" + DRAFTS + "_drafts.py"), """
                \"""drafts

                Revision ID: d4e5f6a1b2c3
                Revises: 70c83f7b757c
                Create Date: 2026-12-04 09:00:00.000000

                \"""
                from alembic import op
                import sqlalchemy as sa


                # revision identifiers, used by Alembic.
                revision = 'd4e5f6a1b2c3'
                down_revision = '70c83f7b757c'
                branch_labels = ('drafts',)
                depends_on = None


                def upgrade():
                    op.create_table('draft',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('id')
                    )


                def downgrade():
                    op.drop_table('draft')
                """);
        return project;
    }

    private static Run db(FlaskProject project, String... args) {
        return rowboat(arguments(project, args));
    }

    private static List<String> arguments(FlaskProject project, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + project.folder().resolve("app.db"),
                "--dir", project.folder().resolve("migrations").toString()));
        return all;
    }

    /**
     * Alembic keeps a revision's children in a set, so their order changes from run to run; sorted
     * here, and Rowboat's absolute paths written as Flask-Migrate's relative ones.
     */
    private static String comparable(String text, FlaskProject project) {
        List<String> lines = new ArrayList<>(text.replace(project.folder() + "/", "").lines()
                .filter(l -> !l.startsWith("INFO ")).toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (String sets : List.of("Branches into: ", "Branch names: ")) {
                if (line.startsWith(sets)) {
                    lines.set(i, sets + Arrays.stream(line.substring(sets.length()).split(", ")).sorted().collect(Collectors.joining(", ")));
                }
            }
            int end = i;
            while (end < lines.size() && lines.get(end).matches(" + -> .*")) {
                end++;
            }
            if (end > i + 1) {
                List<String> children = new ArrayList<>(lines.subList(i, end));
                children.sort(null);
                for (int k = 0; k < children.size(); k++) {
                    lines.set(i + k, children.get(k));
                }
            }
        }
        return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
    }

    private static String flask(FlaskProject project, String... args) {
        CommandResult r = project.flaskDb(args).orFail();
        return comparable(r.output(), project);
    }

    @Test
    void showAndBranchesPrintWhatFlaskDbPrints() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = branched(alembic)) {
            for (String revision : List.of(USERS, POSTS, DRAFTS, "drafts", "c8c")) {
                Run show = db(project, "show", revision);
                assertThat(show.exit()).as(show.err()).isZero();
                assertThat(comparable(show.out(), project)).as("show " + revision).isEqualTo(flask(project, "show", revision));
            }
            assertThat(comparable(db(project, "show", USERS).out(), project)).contains("Rev: " + USERS + " (branchpoint)",
                    "Branches into: " + POSTS + ", " + DRAFTS, "    Revision ID: " + USERS + "\n    Revises: \n");
            assertThat(comparable(db(project, "branches").out(), project)).isEqualTo(flask(project, "branches"));
            assertThat(comparable(db(project, "branches", "-v").out(), project)).isEqualTo(flask(project, "branches", "-v"));
            assertThat(db(project, "show").exit()).as("head, with two heads").isNotZero();
            assertThat(project.flaskDb("show").exitCode()).isNotZero();
        }
    }

    /** A label in a straight history names all of it, before the labelled revision too. */
    @Test
    void aBranchLabelCoversTheStraightBranchItIsOnAsInAlembic() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("microblog", "sqlite:///ignored")) {
            project.env("DATABASE_URL", "sqlite:///" + project.folder().resolve("app.db"));
            Path posts = project.folder().resolve("migrations/versions/" + POSTS + "_posts_table.py");
            Files.writeString(posts, Files.readString(posts).replace("branch_labels = None", "branch_labels = ('blog',)"));
            for (String revision : List.of(USERS, POSTS, FOLLOWERS)) {
                Run show = db(project, "show", revision);
                assertThat(show.out()).as(revision).contains("Branch names: blog\n");
                assertThat(comparable(show.out(), project)).as("show " + revision).isEqualTo(flask(project, "show", revision));
            }
        }
    }

    /** Two bases, a branch label and a merge revision: the tags fixture. */
    @Test
    void showOfAMergeAndItsBranchesPrintsWhatFlaskDbPrints() {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("tags", "sqlite:///ignored")) {
            project.env("DATABASE_URL", "sqlite:///" + project.folder().resolve("app.db"));
            for (String revision : List.of("29749af705ec", "04f73b11586e", "ed33ca436dd0", "release", "audit", "head")) {
                Run show = db(project, "show", revision);
                assertThat(show.exit()).as(show.err()).isZero();
                assertThat(comparable(show.out(), project)).as("show " + revision).isEqualTo(flask(project, "show", revision));
            }
            assertThat(db(project, "show", "29749af705ec").out()).as("its own label, and the audit branch's that it merges")
                    .startsWith("Rev: 29749af705ec (head) (mergepoint)\nMerges: 04f73b11586e, ed33ca436dd0\nBranch names: release, audit\n");
            assertThat(db(project, "show", "e2927a6eb1b4").out()).doesNotContain("Branch names");
            assertThat(db(project, "branches").out()).as("merges are not branch points").isEmpty();
            assertThat(flask(project, "branches")).isEmpty();
        }
    }

    @Test
    void editOpensTheFileFlaskDbEditOpens() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = branched(alembic)) {
            Path record = project.folder().resolve("edited.txt");
            Path editor = project.folder().resolve("record-editor");
            Files.writeString(editor, "#!/bin/sh\nprintf '%s\\n' \"$(realpath \"$1\")\" >> '" + record + "'\n");
            Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));

            project.env("EDITOR", editor.toString());
            project.flaskDb("edit", "drafts").orFail();
            Run edit = rowboat(arguments(project, "edit", "drafts"), Map.of("EDITOR", editor.toString()));
            assertThat(edit.exit()).as(edit.err()).isZero();

            List<String> opened = Files.readAllLines(record);
            assertThat(opened).hasSize(2).containsOnly(project.folder().resolve("migrations/versions/" + DRAFTS + "_drafts.py")
                    .toRealPath().toString());
        }
    }

    /**
     * Alembic's offline mode cannot run the tutorial's batch operations on SQLite (it would reflect
     * the live table), so the scripts are compared on a history of plain operations.
     */
    @Test
    void sqlOverARangeMovesAndDropsAlembicVersionAsAlembicDoes() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("microblog", "sqlite:///ignored")) {
            Path database = project.folder().resolve("app.db");
            project.env("DATABASE_URL", "sqlite:///" + database);
            Path versions = project.folder().resolve("migrations/versions");
            try (var old = Files.list(versions)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            Files.writeString(versions.resolve("a1b2c3d4e5f6_notes.py"), plainRevision("a1b2c3d4e5f6", null, "notes",
                    "op.create_table('note', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))",
                    "op.drop_table('note')"));
            Files.writeString(versions.resolve("b2c3d4e5f6a1_stars.py"), plainRevision("b2c3d4e5f6a1", "a1b2c3d4e5f6", "stars",
                    "op.add_column('note', sa.Column('stars', sa.Integer(), nullable=True))", "op.drop_column('note', 'stars')"));
            for (List<String> command : List.of(List.of("downgrade", "--sql", "b2c3d4e5f6a1:base"),
                    List.of("upgrade", "--sql", "base:b2c3d4e5f6a1"), List.of("downgrade", "--sql", "b2c3d4e5f6a1:a1b2c3d4e5f6"),
                    List.of("upgrade", "--sql", "a1b2c3d4e5f6:head"))) {
                Run mine = db(project, command.toArray(String[]::new));
                assertThat(mine.exit()).as(mine.err()).isZero();
                String theirs = project.flaskDb(command.toArray(String[]::new)).orFail().output();
                assertThat(versionTable(mine.out())).as(String.join(" ", command)).isEqualTo(versionTable(theirs)).isNotEmpty();
            }
            assertThat(versionTable(db(project, "downgrade", "--sql", "head:base").out())).containsExactly(
                    "UPDATE alembic_version SET version_num='a1b2c3d4e5f6' WHERE alembic_version.version_num = 'b2c3d4e5f6a1';",
                    "DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1b2c3d4e5f6';",
                    "DROP TABLE alembic_version;");
            assertThat(database).as("nothing connected, nothing created").doesNotExist();
        }
    }

    private static String plainRevision(String id, String down, String message, String upgrade, String downgrade) {
        return "\"\"\"" + message + "\n\nRevision ID: " + id + "\nRevises: " + (down == null ? "" : down)
                + "\nCreate Date: 2026-12-04 09:00:00.000000\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                + "revision = '" + id + "'\ndown_revision = " + (down == null ? "None" : "'" + down + "'")
                + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    " + upgrade
                + "\n\n\ndef downgrade():\n    " + downgrade + "\n";
    }

    private static List<String> versionTable(String script) {
        // CREATE TABLE is laid out differently (SQLAlchemy breaks it over lines); the rows moved are compared
        return script.lines().map(String::strip).filter(l -> l.contains("alembic_version") && l.matches("(INSERT|UPDATE|DELETE|DROP) .*"))
                .toList();
    }
}
