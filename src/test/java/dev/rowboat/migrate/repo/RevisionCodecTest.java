package dev.rowboat.migrate.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Revision files: every operation survives a write and a read; mistakes point at their line. */
class RevisionCodecTest {
    static final ColumnSpec ID = new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, true);
    static final ColumnSpec PRICE = new ColumnSpec("price", ColumnType.decimal(10, 2), true, "0", false);
    static final ColumnSpec STATUS = new ColumnSpec("status", ColumnType.varchar(16), false, "'draft'", false);

    static List<Operation> everyOperation() {
        TableSpec post = new TableSpec("post", List.of(ID, STATUS, PRICE,
                ColumnSpec.of("user_id", ColumnType.of(TypeKind.BIGINT), true),
                ColumnSpec.of("ratio", ColumnType.nativeType("double precision"), true)),
                List.of("id"),
                List.of(new UniqueSpec("uq_post_status", "post", List.of("status", "user_id"))),
                List.of(new ForeignKeySpec("fk_post_user", "post", List.of("user_id"), "user", List.of("id"), "CASCADE")),
                List.of(new IndexSpec("ix_post_user", "post", List.of("user_id"), false),
                        new IndexSpec("ix_post_price", "post", List.of("price"), true)));
        return List.of(
                new CreateTable(post),
                new DropTable("post"),
                new RenameTable("post", "entry"),
                new AddColumn("post", PRICE),
                new DropColumn("post", "price"),
                new AlterColumn("post", STATUS, STATUS.withName("state")),
                new RenameColumn("post", "body", "text"),
                new CreateIndex(new IndexSpec("ix_a", "post", List.of("a", "b"), true)),
                new DropIndex("post", "ix_a"),
                new AddUnique(new UniqueSpec("uq_a", "post", List.of("a"))),
                new DropUnique("post", "uq_a"),
                new AddForeignKey(new ForeignKeySpec("fk_a", "post", List.of("a"), "user", List.of("id"), null)),
                new DropForeignKey("post", "fk_a"),
                RawSql.of("update post set status = 'x: y' where id in (1, 2)"),
                new RawSql("insert into tag(name)\nvalues ('a'),\n  ('b')", Map.of("postgresql", "select 1", "h2", "select 2\nfrom dual")),
                RawSql.of("  leading blanks\ttab\n"));
    }

    @Test
    void everyOperationTypeSurvivesARoundTrip() {
        Revision r = new Revision("3f2a9c1b7d4e", List.of("0123456789ab"), "add: posts, \"quoted\" #1",
                Instant.parse("2025-11-25T05:58:00Z"), everyOperation(), List.of(new DropTable("post")));
        String text = RevisionCodec.write(r);

        assertThat(RevisionCodec.read(text, "x.yaml")).isEqualTo(r);
        assertThat(text).contains("  - op: create_table\n    table: post\n")
                .contains("      - {name: id, type: integer, nullable: false, autoincrement: true}\n")
                .contains("    primary_key: [id]\n")
                .contains("down_revision: \"0123456789ab\"\n");
    }

    @Test
    void aMergeListsItsParentsAndTheFirstRevisionHasNone() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        Revision merge = new Revision("aaaaaaaaaaaa", List.of("bbbbbbbbbbbb", "cccccccccccc"), "merge", now, List.of(), List.of());
        Revision first = new Revision("dddddddddddd", List.of(), "first", now, List.of(), List.of());

        assertThat(RevisionCodec.read(RevisionCodec.write(merge), "m")).isEqualTo(merge);
        assertThat(RevisionCodec.write(first)).doesNotContain("down_revision");
        assertThat(RevisionCodec.read(RevisionCodec.write(first), "f")).isEqualTo(first);
    }

    @Test
    void anUnknownOperationNamesTheFileAndLine() {
        String text = "revision: aaaaaaaaaaaa\nmessage: x\ncreated: 2025-01-01T00:00:00Z\nupgrade:\n"
                + "  - op: drop_table\n    table: a\n  - op: create_tabel\n    table: b\n";
        assertThatThrownBy(() -> RevisionCodec.read(text, "versions/aaaaaaaaaaaa_x.yaml"))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.REPOSITORY))
                .hasMessageStartingWith("versions/aaaaaaaaaaaa_x.yaml line 7: unknown operation \"create_tabel\"");
    }

    @Test
    void aMisspelledKeyAndBrokenYamlAreReported() {
        String typo = "revision: aaaaaaaaaaaa\ncreated: 2025-01-01T00:00:00Z\nupgrade:\n  - op: drop_table\n    tabel: a\n";
        assertThatThrownBy(() -> RevisionCodec.read(typo, "f.yaml")).hasMessageContaining("f.yaml line 5").hasMessageContaining("\"tabel\"");
        assertThatThrownBy(() -> RevisionCodec.read("revision: [unclosed\n", "g.yaml")).hasMessageStartingWith("g.yaml is not valid YAML");
        assertThatThrownBy(() -> RevisionCodec.read("revision: 123\ncreated: 2025-01-01T00:00:00Z\n", "h.yaml"))
                .hasMessageContaining("h.yaml line 1: revision id \"123\"");
    }

    @Test
    void theChecksumFollowsWhatTheFileSaysNotItsSpacing() {
        Revision r = new Revision("aaaaaaaaaaaa", List.of(), "x", Instant.parse("2025-01-01T00:00:00Z"), List.of(new DropTable("a")), List.of());
        String text = RevisionCodec.write(r);
        String respaced = "# a reviewer's note\n" + text.replace("op: drop_table", "op:   drop_table");

        assertThat(RevisionCodec.checksum(RevisionCodec.read(respaced, "f"))).isEqualTo(RevisionCodec.checksum(r));
        assertThat(RevisionCodec.checksum(RevisionCodec.read(text.replace("table: a", "table: b"), "f"))).isNotEqualTo(RevisionCodec.checksum(r));
    }
}
