package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.LinkRow;
import dev.rowboat.data.edit.UnlinkRow;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Chinook;
import dev.rowboat.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chinook, a schema Rowboat knows nothing of, opened by reflection on SQLite, PostgreSQL and
 * MariaDB: every table listed, relationships followed both ways, a many-to-many linked and
 * unlinked, edits saved and read back. The PostgreSQL script spells its names in snake case, the
 * others in Pascal case; {@link Names} holds both.
 */
class ChinookTest {

    /** The attribute names reflection derives, per spelling of the schema. */
    record Names(String track, String album, String artist, String invoice, String customer, String employee,
                 String invoiceLine, String playlist, String trackName, String unitPrice, String albumOfTrack,
                 String artistOfAlbum, String customerOfInvoice, String supportRep, String reportsTo, String title) {
        static Names of(Dbms dbms) {
            return dbms == Dbms.POSTGRESQL
                    ? new Names("track", "album", "artist", "invoice", "customer", "employee", "invoice_line", "playlist",
                    "name", "unit_price", "album", "artist", "customer", "support_rep", "reports_to", "title")
                    : new Names("Track", "Album", "Artist", "Invoice", "Customer", "Employee", "InvoiceLine", "Playlist",
                    "Name", "UnitPrice", "Album", "Artist", "Customer", "SupportRep", "ReportsTo", "Title");
        }
    }

    private static OpenDatabase open(TestDatabase test) {
        Chinook.load(test);
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void everyTableIsListedAndTheLinkTableIsAManyToMany(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = open(test)) {
            Names n = Names.of(dbms);
            assertThat(db.catalog().entities()).hasSize(11);
            assertThat(db.catalog().entities().stream().filter(EntityInfo::editable).map(EntityInfo::name))
                    .containsExactlyInAnyOrder(n.album, n.artist, n.customer, n.employee, n.invoice, n.invoiceLine,
                            n.track, n.playlist, dbms == Dbms.POSTGRESQL ? "genre" : "Genre", dbms == Dbms.POSTGRESQL ? "media_type" : "MediaType");
            EntityInfo link = db.catalog().entities().stream().filter(e -> !e.editable()).findFirst().orElseThrow();
            assertThat(link.readOnlyReason()).contains("link table");
            assertThat(db.pages().count(link.name(), List.of(), QueryCancel.none())).as("its rows, read-only").isEqualTo(8715);
            assertThat(db.catalog().get(n.playlist).attribute("tracks")).isPresent();
            assertThat(db.catalog().get(n.track).attribute("playlists")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void relationshipsLeadBothWays(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = open(test)) {
            Names n = Names.of(dbms);
            // Track 1 -> its album -> the album's artist, and back from the artist to its albums
            RefValue album = (RefValue) cell(db, n.track, n.albumOfTrack, null, 1);
            assertThat(album.label()).isEqualTo("For Those About To Rock We Salute You");
            RefValue artist = (RefValue) cell(db, n.album, n.artistOfAlbum, null, album.id());
            assertThat(artist.label()).isEqualTo("AC/DC");
            assertThat(column(db, n.album, n.title, new Scope(n.artist, artist.id(), "albums")))
                    .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
            // Invoice 1 -> customer -> support rep -> whom she reports to, and back
            RefValue customer = (RefValue) cell(db, n.invoice, n.customerOfInvoice, null, 1);
            RefValue rep = (RefValue) cell(db, n.customer, n.supportRep, null, customer.id());
            RefValue boss = (RefValue) cell(db, n.employee, n.reportsTo, null, rep.id());
            assertThat(boss.id()).isEqualTo(2);
            assertThat(((RefValue) cell(db, n.employee, n.reportsTo, null, boss.id())).id()).as("the sales manager reports to the general manager")
                    .isEqualTo(1);
            assertThat(cell(db, n.employee, n.reportsTo, null, 1)).as("who reports to nobody").isNull();
            assertThat(rows(db, n.employee, new Scope(n.employee, boss.id(), "employees"))).as("who reports to the manager")
                    .contains(rep.id());
            assertThat(rows(db, n.customer, new Scope(n.employee, rep.id(), "customers"))).contains(customer.id());
            assertThat(rows(db, n.invoice, new Scope(n.customer, customer.id(), "invoices"))).contains(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void editsAndLinksAreSavedAndReadBack(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = open(test)) {
            Names n = Names.of(dbms);
            Object name = cell(db, n.track, n.trackName, null, 1);
            db.changes().save(List.of(new UpdateRow(n.track, 1, Map.of(n.trackName, name), Map.of(n.trackName, "For Those About To Rock (edited)"))));
            assertThat(cell(db, n.track, n.trackName, null, 1)).isEqualTo("For Those About To Rock (edited)");

            Object price = cell(db, n.invoiceLine, n.unitPrice, null, 1);
            assertThat(price).isInstanceOf(BigDecimal.class);
            db.changes().save(List.of(new UpdateRow(n.invoiceLine, 1, Map.of(n.unitPrice, price), Map.of(n.unitPrice, new BigDecimal("1.23")))));
            assertThat(cell(db, n.invoiceLine, n.unitPrice, null, 1)).isEqualTo(new BigDecimal("1.23"));

            Scope tracksOf18 = new Scope(n.playlist, 18, "tracks");
            assertThat(rows(db, n.track, tracksOf18)).doesNotContain(1);
            db.changes().save(List.of(new LinkRow(n.playlist, 18, "tracks", 1)));
            assertThat(rows(db, n.track, tracksOf18)).contains(1);
            assertThat(rows(db, n.playlist, new Scope(n.track, 1, "playlists"))).contains(18);
            db.changes().save(List.of(new UnlinkRow(n.playlist, 18, "tracks", 1)));
            assertThat(rows(db, n.track, tracksOf18)).doesNotContain(1);
        }
    }

    private static Object cell(OpenDatabase db, String entity, String attribute, Scope scope, Object id) {
        EntityInfo info = db.catalog().get(entity);
        int index = info.attributes().indexOf(info.attribute(attribute).orElseThrow());
        Page page = db.pages().fetch(new PageRequest(entity, null,
                List.of(new Filter(info.id().name(), FilterOp.EQUALS, String.valueOf(id))), Anchor.first(), 2, scope), QueryCancel.none());
        assertThat(page.rows()).hasSize(1);
        return page.rows().get(0).cells().get(index);
    }

    private static List<Object> column(OpenDatabase db, String entity, String attribute, Scope scope) {
        EntityInfo info = db.catalog().get(entity);
        int index = info.attributes().indexOf(info.attribute(attribute).orElseThrow());
        Page page = db.pages().fetch(new PageRequest(entity, new SortKey(info.id().name(), false), List.of(), Anchor.first(), 100, scope),
                QueryCancel.none());
        return page.rows().stream().map(r -> r.cells().get(index)).toList();
    }

    private static List<Object> rows(OpenDatabase db, String entity, Scope scope) {
        Page page = db.pages().fetch(new PageRequest(entity, null, List.of(), Anchor.first(), 1000, scope), QueryCancel.none());
        return page.rows().stream().map(Row::id).toList();
    }
}
