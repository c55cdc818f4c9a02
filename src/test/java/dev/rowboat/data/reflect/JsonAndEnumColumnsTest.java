package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.data.paging.ValueParser;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JSON and enum columns opened by reflection: edited as text, checked by their rule before
 * anything is sent, written so that the database takes them (PostgreSQL's json, jsonb and enum
 * types bound untyped), read back exactly, and filtered and sorted by their text.
 */
class JsonAndEnumColumnsTest {
    private static final String DOC = "{\"tags\": [\"a\", \"b\"], \"n\": 1}";

    private static OpenDatabase open(TestDatabase test) {
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    private static void run(TestDatabase test, String... statements) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void createPostgres(TestDatabase test) {
        run(test, "create type mood as enum ('sad', 'ok', 'happy')",
                "create table note (id serial primary key, j json, jb jsonb not null, m mood, tags text[])",
                "insert into note values (1, '{\"k\":  1}', '{\"b\": 2, \"a\": 1}', 'ok', '{x,y}'),"
                        + " (2, '[]', '{\"other\": true}', null, null)",
                "select setval(pg_get_serial_sequence('note', 'id'), 10)");
    }

    @Test
    void postgresJsonJsonbAndEnumColumnsAreEditedAndReadBackExactly() {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL)) {
            createPostgres(test);
            try (OpenDatabase db = open(test)) {
                EntityInfo note = db.catalog().get("note");
                assertThat(attribute(note, "j").readOnlyReason()).isNull();
                assertThat(attribute(note, "jb").readOnlyReason()).isNull();
                assertThat(attribute(note, "m").readOnlyReason()).isNull();
                assertThat(attribute(note, "m").textRule()).isEqualTo(TextRule.oneOf(List.of("sad", "ok", "happy"), true));
                assertThat(attribute(note, "j").textRule()).isEqualTo(TextRule.json(true));
                assertThat(attribute(note, "tags").readOnlyReason()).as("an array stays read-only, with why").contains("_text")
                        .contains("read-only");
                assertThat(row(db, 1)).containsEntry("j", "{\"k\":  1}").containsEntry("jb", "{\"a\": 1, \"b\": 2}").containsEntry("m", "ok");

                db.changes().save(List.of(new UpdateRow("note", 1,
                        Map.of("j", "{\"k\":  1}", "jb", "{\"a\": 1, \"b\": 2}", "m", "ok"),
                        Map.of("j", DOC, "jb", "[1, 2, 3]", "m", "happy"))));
                assertThat(row(db, 1)).containsEntry("j", DOC).containsEntry("jb", "[1, 2, 3]").containsEntry("m", "happy");
                assertThat(sql(test, "select j::text || ' | ' || jb::text || ' | ' || m::text from note where id = 1"))
                        .isEqualTo(DOC + " | [1, 2, 3] | happy");

                Map<String, Object> toNull = new HashMap<>();
                toNull.put("j", null);
                toNull.put("m", null);
                db.changes().save(List.of(new UpdateRow("note", 1, Map.of("j", DOC, "m", "happy"), toNull)));
                assertThat(sql(test, "select coalesce(j::text, 'NULL') || coalesce(m::text, 'NULL') from note where id = 1"))
                        .isEqualTo("NULLNULL");

                db.changes().save(List.of(new InsertRow("note", 1, Map.of("j", "{}", "jb", "\"s\"", "m", "sad"))));
                assertThat(row(db, 11)).containsEntry("j", "{}").containsEntry("jb", "\"s\"").containsEntry("m", "sad");
            }
        }
    }

    @Test
    void postgresRefusesInvalidJsonAndAnUnknownEnumValueBeforeWritingAnything() {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL)) {
            createPostgres(test);
            try (OpenDatabase db = open(test)) {
                String before = sql(test, "select string_agg(id || ' ' || coalesce(j::text, '') || ' ' || jb::text || ' '"
                        + " || coalesce(m::text, ''), '; ' order by id) from note");
                EntityInfo note = db.catalog().get("note");

                // as typed into the cell
                assertThat(catchThrowableOfType(DatabaseException.class, () -> ValueParser.parse(attribute(note, "jb"), "{a: 1}")))
                        .hasMessageStartingWith("jb must be valid JSON; \"{a: 1}\" is not: Unexpected character");
                assertThat(catchThrowableOfType(DatabaseException.class, () -> ValueParser.parse(attribute(note, "m"), "angry")))
                        .hasMessage("m must be one of sad, ok, happy; \"angry\" is not.");
                assertThat(ValueParser.parse(attribute(note, "m"), "sad")).isEqualTo("sad");

                // and as a save gets them, from wherever
                SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                        new UpdateRow("note", 1, Map.of("j", "{\"k\":  1}"), Map.of("j", "{\"k\": ")),
                        new UpdateRow("note", 2, Map.of("m", "ok"), Map.of("m", "angry")),
                        new InsertRow("note", 1, Map.of("jb", "not json")))));
                assertThat(refused.problems()).extracting(p -> p.attribute() + ": " + p.message()).containsExactly(
                        "j: j must be valid JSON; \"{\"k\":\" is not: Unexpected end-of-input within/between Object entries"
                                + " (line 1, column 7).",
                        "m: m must be one of sad, ok, happy; \"angry\" is not.",
                        "jb: jb must be valid JSON; \"not json\" is not: Unrecognized token 'not': was expecting (JSON String,"
                                + " Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 1)."); // the token's start (Jackson 2.20+)
                assertThat(sql(test, "select string_agg(id || ' ' || coalesce(j::text, '') || ' ' || jb::text || ' '"
                        + " || coalesce(m::text, ''), '; ' order by id) from note")).isEqualTo(before);
            }
        }
    }

    @Test
    void postgresJsonAndEnumColumnsFilterAndSortByTheirText() {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL)) {
            createPostgres(test);
            run(test, "insert into note values (3, '{\"K\": 3}', '{\"z\": 1}', 'sad', null)");
            try (OpenDatabase db = open(test)) {
                assertThat(ids(db, null, new Filter("jb", FilterOp.CONTAINS, "OTHER"))).containsExactly(2);
                assertThat(ids(db, null, new Filter("j", FilterOp.CONTAINS, "\"k\""))).containsExactly(1, 3);
                assertThat(ids(db, null, new Filter("j", FilterOp.EQUALS, "[]"))).containsExactly(2);
                assertThat(ids(db, null, new Filter("m", FilterOp.EQUALS, "angry"))).as("no such value: no row, no error").isEmpty();
                assertThat(ids(db, null, new Filter("m", FilterOp.STARTS_WITH, "s"))).containsExactly(3);
                assertThat(ids(db, new SortKey("j", false))).containsExactly(2, 3, 1);
                assertThat(ids(db, new SortKey("jb", true))).containsExactly(3, 2, 1);
                assertThat(db.pages().count("note", List.of(new Filter("jb", FilterOp.ENDS_WITH, "}")), QueryCancel.none())).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "MARIADB", "H2"})
    void jsonAndEnumColumnsOfOtherDatabasesAreCheckedTheSameWayOrReadOnlyOnH2(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            run(test, dbms == Dbms.MARIADB
                    ? "create table note (id integer primary key, doc json, m enum('sad','ok','it''s'))"
                    : "create table note (id integer primary key, doc json, m varchar(10))",
                    "insert into note (id, doc, m) values (1, '{\"a\": 1}'" + (dbms == Dbms.H2 ? " format json" : "") + ", 'ok')");
            try (OpenDatabase db = open(test)) {
                EntityInfo note = db.catalog().get("note");
                if (dbms == Dbms.H2) {
                    assertThat(attribute(note, "doc").readOnlyReason()).isEqualTo("JSON on H2 is shown as text; text written back"
                            + " would be stored as one JSON string, so it is read-only.");
                    assertThat(row(db, 1)).containsEntry("doc", "{\"a\":1}");
                    return;
                }
                if (dbms != Dbms.MARIADB) { // MariaDB's JSON is longtext with a check, not a type of its own
                    assertThat(attribute(note, "doc").textRule()).isEqualTo(TextRule.json(false));
                    SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                            new UpdateRow("note", 1, Map.of("doc", "{\"a\": 1}"), Map.of("doc", "{\"a\": }")))));
                    assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("doc must be valid JSON"));
                }
                db.changes().save(List.of(new UpdateRow("note", 1, Map.of("doc", "{\"a\": 1}"), Map.of("doc", "[true, {\"b\": null}]"))));
                assertThat(row(db, 1)).containsEntry("doc", "[true, {\"b\": null}]");
                assertThat(sql(test, "select count(*) from note where doc = '[true, {\"b\": null}]'")).isEqualTo("1");
                if (dbms == Dbms.MARIADB) {
                    assertThat(attribute(note, "m").textRule()).isEqualTo(TextRule.oneOf(List.of("sad", "ok", "it's"), false));
                    SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                            new UpdateRow("note", 1, Map.of("m", "ok"), Map.of("m", "angry")))));
                    assertThat(refused.problems()).singleElement()
                            .satisfies(p -> assertThat(p.message()).isEqualTo("m must be one of sad, ok, it's; \"angry\" is not."));
                    db.changes().save(List.of(new UpdateRow("note", 1, Map.of("m", "ok"), Map.of("m", "it's"))));
                    assertThat(row(db, 1)).containsEntry("m", "it's");
                }
            }
        }
    }

    private static AttributeInfo attribute(EntityInfo entity, String name) {
        return entity.attribute(name).orElseThrow();
    }

    private static Map<String, Object> row(OpenDatabase db, int id) {
        EntityInfo info = db.catalog().get("note");
        Page page = db.pages().fetch(new PageRequest("note", null, List.of(new Filter("id", FilterOp.EQUALS, String.valueOf(id))),
                Anchor.first(), 10), QueryCancel.none());
        assertThat(page.rows()).hasSize(1);
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < info.attributes().size(); i++) {
            values.put(info.attributes().get(i).name(), page.rows().get(0).cells().get(i));
        }
        return values;
    }

    private static List<Object> ids(OpenDatabase db, SortKey sort, Filter... filters) {
        Page page = db.pages().fetch(new PageRequest("note", sort, List.of(filters), Anchor.first(), 100), QueryCancel.none());
        List<Object> ids = new ArrayList<>();
        page.rows().forEach(r -> ids.add(r.cells().get(0)));
        return ids;
    }

    private static String sql(TestDatabase test, String query) {
        String[] result = new String[1];
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                rs.next();
                result[0] = rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return result[0];
    }
}
