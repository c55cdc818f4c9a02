package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.ForeignTool;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.OperationFailure;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine against each real database: runs, stamps, half-way failures and edited files. */
class MigrationsTest {
    @TempDir
    Path dir;

    static CreateTable table(String name) {
        return new CreateTable(new TableSpec(name, List.of(
                new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, false),
                ColumnSpec.of("title", ColumnType.varchar(40), true)), List.of("id"), List.of(), List.of(), List.of()));
    }

    Migrations engine(TestDatabase db) {
        MigrationRepository repo = Migrations.init(dir.resolve("migrations"));
        return Migrations.open(repo, ConnectionSource.of(db.spec()), db.dbms());
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void upgradeDowngradeAndStampMoveTheVersionTable(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            Migrations m = engine(db);
            Revision first = m.writeRevision("create things", List.of(table("rb_thing")), List.of(new DropTable("rb_thing")));
            Revision second = m.writeRevision("add colour", List.of(new AddColumn("rb_thing", ColumnSpec.of("colour", ColumnType.varchar(10), true))),
                    List.of(new DropColumn("rb_thing", "colour")));
            assertThat(second.downRevisions()).containsExactly(first.id());

            List<String> events = new ArrayList<>();
            MigrationResult up = m.upgrade("head", new MigrationListener() {
                @Override
                public void revisionStarted(Revision revision, Direction direction) {
                    events.add("start " + revision.id());
                }

                @Override
                public void statement(String sql) {
                    events.add(sql);
                }
            });
            assertThat(up.revisions()).extracting(a -> a.revision().id()).containsExactly(first.id(), second.id());
            assertThat(up.current()).containsExactly(second.id());
            assertThat(events).first().isEqualTo("start " + first.id());
            assertThat(m.status().current()).containsExactly(second.id());
            assertThat(m.status().isUpToDate()).isTrue();
            insertRow(db, "insert into rb_thing (id, title, colour) values (1, 'a', 'red')");
            MigrationPlan preview = m.plan("base", Direction.DOWN);
            assertThat(preview.revisions()).extracting(p -> p.revision().id()).containsExactly(second.id(), first.id());
            assertThat(preview.revisions().get(1).operations().get(0).sql()).singleElement().asString().containsIgnoringCase("drop table");
            assertThat(m.status().current()).as("a preview changes nothing").containsExactly(second.id());

            MigrationResult down = m.downgrade("-1", MigrationListener.NONE);
            assertThat(down.current()).containsExactly(first.id());
            assertThat(m.status().pending()).extracting(s -> s.revision().id()).containsExactly(second.id());

            m.downgrade("base", MigrationListener.NONE);
            assertThat(m.status().current()).isEmpty();
            assertThat(tableExists(db, "rb_thing")).isFalse();

            assertThat(m.stamp(second.id().substring(0, 5))).containsExactly(second.id());
            assertThat(m.status().current()).containsExactly(second.id());
            assertThat(tableExists(db, "rb_thing")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aFailureHalfWayLeavesTheVersionTableAtThePreviousRevision(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            Migrations m = engine(db);
            Revision first = m.writeRevision("base table", List.of(table("rb_base")), List.of(new DropTable("rb_base")));
            m.writeRevision("breaks", List.of(table("rb_half"), RawSql.of("insert into rb_missing (id) values (1)"), table("rb_never")),
                    List.of(new DropTable("rb_never"), new DropTable("rb_half")));

            assertThatThrownBy(() -> m.upgrade("head", MigrationListener.NONE))
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.OPERATION_FAILED);
                        assertThat(e.partialRun()).as("the first revision committed before the second failed")
                                .hasValueSatisfying(run -> {
                                    assertThat(run.revisions()).extracting(Revision::id).containsExactly(first.id());
                                    assertThat(run.undone()).isFalse();
                                });
                        OperationFailure f = e.failure().orElseThrow();
                        assertThat(f.operation()).isEqualTo("sql: insert into rb_missing (id) values (1)");
                        assertThat(f.sql()).isEqualTo("insert into rb_missing (id) values (1)");
                        assertThat(f.databaseMessage()).isNotBlank();
                        if (dbms == Dbms.POSTGRESQL || dbms == Dbms.SQLITE) {
                            assertThat(f.rolledBack()).isTrue();
                            assertThat(f.appliedOperations()).isEmpty();
                        } else {
                            assertThat(f.rolledBack()).isFalse();
                            assertThat(f.appliedOperations()).containsExactly("create table rb_half");
                            assertThat(e.getMessage()).contains("stay applied: create table rb_half");
                        }
                    });
            assertThat(m.status().current()).containsExactly(first.id());
            assertThat(tableExists(db, "rb_base")).isTrue();
            assertThat(tableExists(db, "rb_half")).isEqualTo(dbms == Dbms.H2 || dbms == Dbms.MARIADB);
            assertThat(tableExists(db, "rb_never")).isFalse();
            assertThat(m.status().lockHolder()).as("the lock is released after a failure").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void anAppliedRevisionEditedLaterIsReportedAndStopsTheNextRun(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            Migrations m = engine(db);
            Revision first = m.writeRevision("t", List.of(table("rb_t")), List.of(new DropTable("rb_t")));
            m.upgrade("head", MigrationListener.NONE);
            m.writeRevision("u", List.of(table("rb_u")), List.of(new DropTable("rb_u")));
            Path file;
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                file = files.filter(p -> p.getFileName().toString().startsWith(first.id())).findFirst().orElseThrow();
            }
            Files.writeString(file, Files.readString(file).replace("name: title", "name: heading"));

            MigrationStatus status = m.status();
            assertThat(status.edited()).containsExactly(first.id());
            assertThat(status.revisions().get(0).edited()).isTrue();
            assertThatThrownBy(() -> m.upgrade("head", MigrationListener.NONE))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CHECKSUM_MISMATCH))
                    .hasMessageContaining(file.getFileName().toString());
            assertThat(m.run("head", Direction.UP, MigrationListener.NONE, true).revisions()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "POSTGRESQL"})
    void aLockLeftBehindStopsARunUntilItIsCleared(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            Migrations m = engine(db);
            m.writeRevision("t", List.of(table("rb_t")), List.of(new DropTable("rb_t")));
            db.jdbc(c -> exec(c, "create table rowboat_lock (id integer not null primary key, owner varchar(200) not null, acquired_at varchar(40) not null)",
                    "insert into rowboat_lock values (1, 'process 999 on crashed-host', '2025-01-01T00:00:00Z')"));

            assertThatThrownBy(() -> m.upgrade("head", MigrationListener.NONE))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOCKED))
                    .hasMessageContaining("process 999 on crashed-host").hasMessageContaining("rowboat db unlock");
            assertThat(m.status().lockHolder()).contains("crashed-host");
            assertThat(m.clearLock()).hasValueSatisfying(h -> assertThat(h).contains("crashed-host"));
            assertThat(m.upgrade("head", MigrationListener.NONE).revisions()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void otherToolsVersionTablesAreNamedWithTheirStateAndNothingRunsThere(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            db.jdbc(c -> exec(c, "create table alembic_version (version_num varchar(32) not null)",
                    "insert into alembic_version values ('1a2b3c4d5e6f')",
                    "create table django_migrations (id integer not null, app varchar(50), name varchar(100))",
                    "insert into django_migrations values (1, 'auth', '0001'), (2, 'auth', '0002'), (3, 'blog', '0001')",
                    "create table databasechangelog (id varchar(50), orderexecuted integer)",
                    "insert into databasechangelog values ('init', 1), ('add-tags', 2)"));
            Migrations m = Migrations.open(MigrationRepository.classpath("/migrations/sample"), ConnectionSource.of(db.spec()), dbms);

            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    m::status, () -> m.upgrade("head", MigrationListener.NONE))) {
                assertThatThrownBy(call).isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_OWNED);
                    assertThat(e.foreignTools()).extracting(ForeignTool::tool, ForeignTool::state).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Alembic", "version_num 1a2b3c4d5e6f"),
                            org.assertj.core.groups.Tuple.tuple("Liquibase", "2 changesets, last add-tags"),
                            org.assertj.core.groups.Tuple.tuple("Django", "applied per app: auth 2, blog 1"));
                    assertThat(e.getMessage()).startsWith("This database is managed by Alembic (alembic_version: version_num 1a2b3c4d5e6f)")
                            .contains("`flask db upgrade`", "`python manage.py migrate`", "Nothing was changed");
                });
            }
            assertThat(tableExists(db, "rb_cp")).isFalse();
            assertThat(tableExists(db, "rowboat_version")).isFalse();
            db.jdbc(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("select version_num from alembic_version")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("1a2b3c4d5e6f");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> m.writeRevision("x", List.of(), List.of()))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.READ_ONLY));
        }
    }

    static void exec(Connection c, String... sql) {
        try (var s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void insertRow(TestDatabase db, String sql) {
        db.jdbc(c -> exec(c, sql));
    }

    static boolean tableExists(TestDatabase db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(db.spec().jdbcUrl(), db.spec().user() == null ? "" : db.spec().user(), "")) {
            return SqlTables.exists(c, name);
        }
    }
}
