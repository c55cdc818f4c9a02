package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowboat.app.CommandLineRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} of {@code db current}, {@code history}, {@code heads} and {@code check}: the shapes the README documents. */
class DbJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTES = DbRevisionCommandsTest.NOTES;
    static final String STARS = DbRevisionCommandsTest.STARS;
    static final String TAGS = DbRevisionCommandsTest.TAGS;

    @TempDir
    Path dir;

    Run db(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + dir.resolve("app.db"), "--dir", dir.resolve("migrations").toString()));
        return rowboat(all);
    }

    JsonNode json(String... args) throws Exception {
        Run run = db(args);
        assertThat(run.err()).isEmpty();
        return JSON.readTree(run.out());
    }

    void branchedHistory() throws Exception {
        DbRevisionCommandsTest history = new DbRevisionCommandsTest();
        history.dir = dir;
        history.aHistoryThatBranchesAfterItsFirstRevision();
    }

    static List<String> ids(JsonNode revisions) {
        return StreamSupport.stream(revisions.spliterator(), false).map(r -> r.get("revision").asText()).toList();
    }

    @Test
    void historyWithoutADatabaseDescribesEachRevisionAndLeavesWhatOnlyTheDatabaseKnowsNull() throws Exception {
        branchedHistory();
        JsonNode history = json("history", "--json");
        assertThat(ids(history.get("revisions"))).containsExactly(TAGS, STARS, NOTES);
        JsonNode notes = history.get("revisions").get(2);
        assertThat(notes.get("down_revisions").isEmpty()).isTrue();
        assertThat(notes.get("message").asText()).isEqualTo("notes");
        assertThat(notes.get("created").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(notes.get("is_head").asBoolean()).isFalse();
        assertThat(notes.get("is_branch_point").asBoolean()).isTrue();
        assertThat(notes.get("is_merge_point").asBoolean()).isFalse();
        assertThat(notes.get("branch_labels").isArray()).isTrue();
        assertThat(notes.get("needs_alembic").asBoolean()).isFalse();
        assertThat(notes.get("path").asText()).endsWith("versions/" + NOTES + "_notes.yaml");
        assertThat(notes.get("is_current").isNull()).isTrue();
        assertThat(notes.get("applied").isNull()).isTrue();
        assertThat(notes.get("edited").isNull()).isTrue();
        assertThat(dir.resolve("app.db")).doesNotExist();

        JsonNode heads = json("heads", "--json");
        assertThat(ids(heads.get("heads"))).containsExactly(STARS, TAGS);
        assertThat(heads.get("heads").get(0).get("down_revisions").get(0).asText()).isEqualTo(NOTES);
    }

    @Test
    void currentAndHistoryWithADatabaseSayWhatIsAppliedAndWhatIsNot() throws Exception {
        branchedHistory();
        assertThat(db("upgrade", STARS).exit()).isZero();

        JsonNode current = json("current", "--json");
        assertThat(ids(current.get("current"))).containsExactly(STARS);
        JsonNode stars = current.get("current").get(0);
        assertThat(stars.get("is_current").asBoolean()).isTrue();
        assertThat(stars.get("is_head").asBoolean()).isTrue();
        assertThat(stars.get("applied").asBoolean()).isTrue();
        assertThat(stars.get("edited").asBoolean()).isFalse();
        assertThat(current.get("pending")).extracting(JsonNode::asText).containsExactly(TAGS);
        assertThat(current.get("heads")).extracting(JsonNode::asText).containsExactly(STARS, TAGS);
        assertThat(current.get("unknown").isEmpty()).isTrue();
        assertThat(current.get("edited").isEmpty()).isTrue();
        assertThat(current.get("up_to_date").asBoolean()).isFalse();
        assertThat(current.get("locked_by").isNull()).isTrue();
        assertThat(current.get("ownership").asText()).isEqualTo("versioned");

        JsonNode history = json("history", "--json").get("revisions");
        assertThat(history).extracting(r -> r.get("applied").asBoolean()).containsExactly(false, true, true);
        assertThat(history).extracting(r -> r.get("is_current").asBoolean()).containsExactly(false, true, false);

        assertThat(db("upgrade", "heads").exit()).isZero();
        JsonNode both = json("current", "--json");
        assertThat(ids(both.get("current"))).containsExactlyInAnyOrder(STARS, TAGS);
        assertThat(both.get("up_to_date").asBoolean()).isTrue();
    }

    @Test
    void currentOfAnEmptyDatabaseIsAnEmptyListAtBase() throws Exception {
        branchedHistory();
        assertThat(db("upgrade", NOTES).exit()).isZero();
        assertThat(db("downgrade", "base").exit()).isZero();
        JsonNode current = json("current", "--json");
        assertThat(current.get("current").isEmpty()).isTrue();
        assertThat(current.get("pending")).extracting(JsonNode::asText).containsExactly(NOTES, STARS, TAGS);
    }

    @Test
    void checkSaysWhetherTheModelDiffersAndExitsAsWithoutJson() throws Exception {
        List<String> model = DbAutogenerateCommandTest.MODEL_A;
        List<String> changed = DbAutogenerateCommandTest.MODEL_A_WITH_LANGUAGE;
        assertThat(db("init").exit()).isZero();
        assertThat(withModel(model, "migrate", "-m", "notes").exit()).isZero();
        assertThat(db("upgrade").exit()).isZero();

        Run same = withModel(model, "check", "--json");
        assertThat(same.exit()).isZero();
        JsonNode agrees = JSON.readTree(same.out());
        assertThat(agrees.get("differs").asBoolean()).isFalse();
        assertThat(agrees.get("against").asText()).isEqualTo("model");
        assertThat(agrees.get("changes").isEmpty()).isTrue();

        Run differs = withModel(changed, "check", "--json");
        assertThat(differs.exit()).isEqualTo(1);
        JsonNode found = JSON.readTree(differs.out());
        assertThat(found.get("differs").asBoolean()).isTrue();
        assertThat(found.get("summary").asText()).startsWith("1 change");
        assertThat(found.get("changes")).extracting(JsonNode::asText).singleElement().asString().contains("note.language");
        assertThat(found.get("renames").isEmpty()).isTrue();
        assertThat(found.get("warnings").isArray()).isTrue();
        assertThat(found.get("notes").isArray()).isTrue();
    }

    private Run withModel(List<String> model, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + dir.resolve("app.db"), "--dir", dir.resolve("migrations").toString()));
        all.addAll(model);
        return rowboat(all);
    }

    @Test
    void anEmptyHistoryIsAnEmptyListAndEveryJsonCommandSaysSoInItsHelp() throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        assertThat(json("heads", "--json").get("heads").isEmpty()).isTrue();
        assertThat(json("history", "--json").get("revisions").isEmpty()).isTrue();
        for (String command : List.of("current", "history", "heads", "check")) {
            assertThat(rowboat(List.of("db", command, "--help")).out()).as(command).contains("--json");
        }
    }
}
