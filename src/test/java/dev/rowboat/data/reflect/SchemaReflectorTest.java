package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.mapping.UnmappedTable;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReflectorTest {
    private static final ColumnType INT = ColumnType.of(TypeKind.INTEGER);

    @Test
    void foreignKeysBecomeToOnesAndCollectionsNamedAfterColumnsAndTables() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("Artist", List.of(id("ArtistId"), text("Name")), List.of("ArtistId"), List.of()),
                table("Album", List.of(id("AlbumId"), text("Title"), col("ArtistId", false)), List.of("AlbumId"),
                        List.of(fk("Album", "ArtistId", "Artist", "ArtistId")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.SQLITE);

        ReflectedEntity album = model.entity("Album");
        assertThat(album.toOnes()).extracting(ReflectedEntity.ToOne::attribute).containsExactly("Artist");
        assertThat(album.columns()).extracting(ReflectedEntity.Column::attribute).containsExactly("Title");
        assertThat(model.entity("Artist").inverses()).extracting(ReflectedEntity.Inverse::attribute).containsExactly("albums");
    }

    @Test
    void aNameThePersonChoseReplacesTheDerivedOneOnItsSideOnly() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("Artist", List.of(id("ArtistId")), List.of("ArtistId"), List.of()),
                table("Album", List.of(id("AlbumId"), col("ArtistId", false)), List.of("AlbumId"),
                        List.of(fk("Album", "ArtistId", "Artist", "ArtistId")))));
        NameHints chosen = NameHints.NONE.withRenames(java.util.Map.of("Album.Artist", "performer", "Artist.albums", "records"));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), chosen, Dbms.SQLITE);

        assertThat(model.entity("Album").toOnes()).extracting(ReflectedEntity.ToOne::attribute).containsExactly("performer");
        assertThat(model.entity("Artist").inverses()).singleElement().satisfies(i -> {
            assertThat(i.attribute()).isEqualTo("records");
            assertThat(i.sourceToOne()).as("the inverse follows the renamed side").isEqualTo("performer");
        });
    }

    @Test
    void twoKeysIntoOneTableGetCollectionsNamedByTheirKeys() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("user", List.of(id("id"), text("name")), List.of("id"), List.of()),
                table("message", List.of(id("id"), col("sender_id", false), col("recipient_id", true)), List.of("id"),
                        List.of(fk("message", "sender_id", "user", "id"), fk("message", "recipient_id", "user", "id")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.POSTGRESQL);

        assertThat(model.entity("message").toOnes()).extracting(ReflectedEntity.ToOne::attribute).containsExactly("sender", "recipient");
        assertThat(model.entity("user").inverses()).extracting(ReflectedEntity.Inverse::attribute)
                .containsExactly("messages_by_sender", "messages_by_recipient");
    }

    @Test
    void aTableOfTwoKeysIsAManyToManyOnBothSidesAndListedWithWhy() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("Playlist", List.of(id("PlaylistId"), text("Name")), List.of("PlaylistId"), List.of()),
                table("Track", List.of(id("TrackId"), text("Name")), List.of("TrackId"), List.of()),
                table("PlaylistTrack", List.of(col("PlaylistId", false), col("TrackId", false)), List.of("PlaylistId", "TrackId"),
                        List.of(fk("PlaylistTrack", "PlaylistId", "Playlist", "PlaylistId"), fk("PlaylistTrack", "TrackId", "Track", "TrackId")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.SQLITE);

        assertThat(model.entities()).extracting(ReflectedEntity::name).containsExactly("Playlist", "Track");
        assertThat(model.entity("Playlist").manyToMany()).singleElement()
                .satisfies(m -> {
                    assertThat(m.attribute()).isEqualTo("tracks");
                    assertThat(m.owning()).isTrue();
                });
        assertThat(model.entity("Track").manyToMany()).extracting(ReflectedEntity.ManyToMany::attribute).containsExactly("playlists");
        assertThat(model.unmapped()).extracting(UnmappedTable::table).containsExactly("PlaylistTrack");
        assertThat(model.unmapped().get(0).reason()).contains("link table");
    }

    /** shipment(region, num), part(maker, code), and a link table of both keys, its columns and references in orders of their own. */
    private static SchemaSnapshot compositeLinkSchema(List<String> linkKey, List<ColumnSpec> extra) {
        List<ColumnSpec> linkColumns = new ArrayList<>(List.of(text("code"), text("region"), text("maker"), col("num", false)));
        linkColumns.addAll(extra);
        return new SchemaSnapshot(List.of(
                table("shipment", List.of(text("region"), col("num", false), text("note")), List.of("region", "num"), List.of()),
                table("part", List.of(text("label"), text("code"), text("maker")), List.of("maker", "code"), List.of()),
                table("shipment_part", linkColumns, linkKey, List.of(
                        fk("shipment_part", List.of("num", "region"), "shipment", List.of("num", "region")),
                        fk("shipment_part", List.of("code", "maker"), "part", List.of("code", "maker"))))));
    }

    @Test
    void aTableOfTwoCompositeKeysIsAManyToManyWhoseColumnsFollowEachTargetsKey() {
        ReflectedModel model = SchemaReflector.reflect(compositeLinkSchema(List.of("region", "num", "maker", "code"), List.of()),
                List.of(), NameHints.NONE, Dbms.POSTGRESQL);

        assertThat(model.entities()).extracting(ReflectedEntity::name).containsExactly("shipment", "part");
        assertThat(model.entity("shipment").toOnes()).isEmpty();
        assertThat(model.entity("shipment").manyToMany()).singleElement().satisfies(m -> {
            assertThat(m.attribute()).isEqualTo("parts");
            assertThat(m.keyColumns()).containsExactly("region", "num");
            assertThat(m.otherColumns()).containsExactly("maker", "code");
            assertThat(m.owning()).isTrue();
        });
        assertThat(model.entity("part").manyToMany()).singleElement().satisfies(m -> {
            assertThat(m.attribute()).isEqualTo("shipments");
            assertThat(m.keyColumns()).containsExactly("maker", "code");
            assertThat(m.otherColumns()).containsExactly("region", "num");
            assertThat(m.owning()).isFalse();
        });
        assertThat(model.unmapped()).singleElement().satisfies(t -> assertThat(t.reason()).contains("link table"));

        // the collection's key and elements are mapped on all of their columns, in their keys' order
        var mapping = new HbmMappingBuilder(Dbms.POSTGRESQL, t -> t, (t, c) -> c, dev.rowboat.data.sqlite.SqliteTimestampForms.NONE)
                .build(model).getRoot();
        var bag = (org.hibernate.boot.jaxb.hbm.spi.JaxbHbmBagCollectionType) mapping.getClazz().get(0).getAttributes().stream()
                .filter(a -> a instanceof org.hibernate.boot.jaxb.hbm.spi.JaxbHbmBagCollectionType b && b.getName().equals("parts"))
                .findFirst().orElseThrow();
        assertThat(bag.getTable()).isEqualTo("shipment_part");
        assertThat(bag.getKey().getColumn()).extracting(c -> c.getName()).containsExactly("region", "num");
        assertThat(bag.getManyToMany().getColumnOrFormula())
                .extracting(c -> ((org.hibernate.boot.jaxb.hbm.spi.JaxbHbmColumnType) c).getName()).containsExactly("maker", "code");
    }

    @Test
    void twoCompositeKeysThatAreNotTheWholePrimaryKeyOrNotToWholeKeysStayToOnes() {
        ReflectedModel longer = SchemaReflector.reflect(compositeLinkSchema(List.of("region", "num", "maker", "code", "line"),
                List.of(col("line", false))), List.of(), NameHints.NONE, Dbms.POSTGRESQL);
        assertThat(longer.entity("shipment_part").toOnes()).extracting(ReflectedEntity.ToOne::attribute).containsExactly("shipment", "part");
        assertThat(longer.entity("shipment").manyToMany()).isEmpty();

        SchemaSnapshot toPartOfAKey = new SchemaSnapshot(List.of(
                table("shipment", List.of(text("region"), col("num", false)), List.of("region", "num"), List.of()),
                table("part", List.of(text("code"), text("maker")), List.of("maker", "code"), List.of()),
                table("shipment_part", List.of(text("region"), text("maker")), List.of("region", "maker"), List.of(
                        fk("shipment_part", "region", "shipment", "region"), fk("shipment_part", "maker", "part", "maker")))));
        ReflectedModel partial = SchemaReflector.reflect(toPartOfAKey, List.of(), NameHints.NONE, Dbms.POSTGRESQL);
        assertThat(partial.entities()).extracting(ReflectedEntity::name).contains("shipment_part");
        assertThat(partial.entity("shipment").manyToMany()).isEmpty();
    }

    @Test
    void aCompositeLinkTableWithColumnsOfItsOwnIsAnEntityAndAManyToMany() {
        ReflectedModel model = SchemaReflector.reflect(compositeLinkSchema(List.of("region", "num", "maker", "code"),
                List.of(col("qty", true))), List.of(), NameHints.NONE, Dbms.POSTGRESQL);
        assertThat(model.entity("shipment_part").columns()).extracting(ReflectedEntity.Column::attribute).containsExactly("qty");
        assertThat(model.entity("shipment").manyToMany()).extracting(ReflectedEntity.ManyToMany::attribute).containsExactly("parts");
    }

    @Test
    void aSelfReferencingLinkTableIsNamedByItsColumns() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("user", List.of(id("id")), List.of("id"), List.of()),
                table("followers", List.of(col("follower_id", true), col("followed_id", true)), List.of(),
                        List.of(fk("followers", "follower_id", "user", "id"), fk("followers", "followed_id", "user", "id")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.SQLITE);

        assertThat(model.entity("user").manyToMany()).extracting(ReflectedEntity.ManyToMany::attribute)
                .containsExactly("followed", "followers");
    }

    @Test
    void theTutorialsTablesTakeTheTutorialsNames() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("user", List.of(id("id"), text("username")), List.of("id"), List.of()),
                table("post", List.of(id("id"), text("body"), new ColumnSpec("timestamp", ColumnType.of(TypeKind.TIMESTAMP), true, null, false),
                        col("user_id", true)), List.of("id"), List.of(fk("post", "user_id", "user", "id"))),
                new TableSpec("profile", List.of(id("id"), col("user_id", true)), List.of("id"),
                        List.of(new UniqueSpec("uq_profile_user_id", "profile", List.of("user_id"))),
                        List.of(fk("profile", "user_id", "user", "id")), List.of()),
                table("followers", List.of(col("follower_id", true), col("followed_id", true)), List.of(),
                        List.of(fk("followers", "follower_id", "user", "id"), fk("followers", "followed_id", "user", "id")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES), Dbms.SQLITE);

        assertThat(model.entities()).extracting(ReflectedEntity::name).containsExactly("User", "Post", "Profile");
        assertThat(model.entity("Post").toOnes()).extracting(ReflectedEntity.ToOne::attribute).containsExactly("author");
        assertThat(model.entity("Post").columns()).filteredOn(c -> c.attribute().equals("timestamp"))
                .extracting(ReflectedEntity.Column::zone).containsExactly("UTC");
        ReflectedEntity user = model.entity("User");
        assertThat(user.inverses()).extracting(ReflectedEntity.Inverse::attribute).containsExactly("posts", "profile");
        assertThat(user.inverses()).filteredOn(i -> i.attribute().equals("profile")).extracting(ReflectedEntity.Inverse::oneToOne)
                .containsExactly(true);
        assertThat(user.manyToMany()).extracting(ReflectedEntity.ManyToMany::attribute).containsExactly("followed", "followers");
    }

    @Test
    void aTableWithoutAUsableKeyIsListedWithTheReasonAndNotGivenAMadeUpKeyWhileACompositeKeyIsAKey() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("log", List.of(text("line"), text("level")), List.of(), List.of()),
                table("pair", List.of(col("a", false), col("b", false), text("note")), List.of("a", "b"), List.of())));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of("recent_posts"), NameHints.NONE, Dbms.H2);

        assertThat(model.entities()).extracting(ReflectedEntity::name).containsExactly("pair");
        assertThat(model.entity("pair").key()).extracting(ReflectedEntity.Column::attribute).containsExactly("a", "b");
        assertThat(model.unmapped()).extracting(UnmappedTable::table).containsExactly("log", "recent_posts");
        assertThat(model.unmapped().get(0).reason()).contains("no primary key");
        assertThat(model.unmapped().get(1).reason()).contains("A view");
    }

    @Test
    void namesThatAreNotIdentifiersBecomeOnesThatNeverCollide() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("Order Items", List.of(id("Item Id"), text("Unit price"), text("unit_price")), List.of("Item Id"), List.of()),
                table("OrderItems", List.of(id("id")), List.of("id"), List.of())));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.POSTGRESQL);

        assertThat(model.entities()).extracting(ReflectedEntity::name).containsExactly("OrderItems", "OrderItems_2");
        ReflectedEntity items = model.entity("OrderItems");
        assertThat(items.attributeNames()).containsExactly("ItemId", "UnitPrice", "unit_price");
        assertThat(items.table()).isEqualTo("Order Items");
    }

    @Test
    void aForeignKeyOfSeveralColumnsIsALinkNamedAfterItsTargetWithItsColumnsInTheTargetKeysOrder() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("order_line", List.of(col("order_id", false), col("line_no", false), text("product")), List.of("order_id", "line_no"), List.of()),
                // the key names its columns in another order than order_line's key, and one is nullable
                table("shipment", List.of(id("id"), col("line_no", true), col("order_id", false), text("note")), List.of("id"),
                        List.of(fk("shipment", List.of("line_no", "order_id"), "order_line", List.of("line_no", "order_id"))))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.H2);

        ReflectedEntity shipment = model.entity("shipment");
        assertThat(shipment.columns()).as("the link writes its columns").extracting(ReflectedEntity.Column::attribute).containsExactly("note");
        assertThat(shipment.toOnes()).singleElement().satisfies(t -> {
            assertThat(t.attribute()).isEqualTo("order_line");
            assertThat(t.target()).isEqualTo("order_line");
            assertThat(t.columns()).containsExactly("order_id", "line_no");
            assertThat(t.nullable()).isTrue();
            assertThat(t.unique()).isFalse();
            assertThat(t.sharesColumns()).isFalse();
        });
        assertThat(model.entity("order_line").inverses()).singleElement().satisfies(i -> {
            assertThat(i.attribute()).isEqualTo("shipments");
            assertThat(i.columns()).containsExactly("order_id", "line_no");
            assertThat(i.oneToOne()).isFalse();
        });
    }

    @Test
    void aLinkOfSeveralColumnsLeavesTheColumnsItSharesToTheKeyAndToKeysOfOneColumn() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("orders", List.of(id("id")), List.of("id"), List.of()),
                table("order_line", List.of(col("order_id", false), col("line_no", false)), List.of("order_id", "line_no"),
                        List.of(fk("order_line", "order_id", "orders", "id"))),
                // part of the key: the key's parts write both columns
                table("shipment_item", List.of(col("order_id", false), col("line_no", false), col("item_no", false)),
                        List.of("order_id", "line_no", "item_no"),
                        List.of(fk("shipment_item", List.of("order_id", "line_no"), "order_line", List.of("order_id", "line_no")))),
                // order_id is also a key of its own: it writes order_id, and line_no stays a value
                table("delivery", List.of(id("id"), col("order_id", true), col("line_no", true)), List.of("id"),
                        List.of(fk("delivery", "order_id", "orders", "id"),
                                fk("delivery", List.of("order_id", "line_no"), "order_line", List.of("order_id", "line_no")))),
                // the whole key: one note per line
                table("line_note", List.of(col("order_id", false), col("line_no", false), text("note")), List.of("order_id", "line_no"),
                        List.of(fk("line_note", List.of("order_id", "line_no"), "order_line", List.of("order_id", "line_no"))))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.POSTGRESQL);

        assertThat(model.entity("shipment_item").toOnes()).singleElement().satisfies(t -> {
            assertThat(t.sharesColumns()).isTrue();
            assertThat(t.unique()).isFalse();
        });
        ReflectedEntity delivery = model.entity("delivery");
        assertThat(delivery.toOnes()).extracting(ReflectedEntity.ToOne::attribute, ReflectedEntity.ToOne::sharesColumns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order", false), org.assertj.core.groups.Tuple.tuple("order_line", true));
        assertThat(delivery.columns()).extracting(ReflectedEntity.Column::attribute).containsExactly("line_no");
        assertThat(model.entity("line_note").toOnes()).singleElement().satisfies(t -> {
            assertThat(t.unique()).as("its columns are its key").isTrue();
            assertThat(t.sharesColumns()).isTrue();
        });
        assertThat(model.entity("order_line").inverses()).extracting(ReflectedEntity.Inverse::attribute, ReflectedEntity.Inverse::oneToOne)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shipment_items", false), org.assertj.core.groups.Tuple.tuple("deliveries", false),
                        org.assertj.core.groups.Tuple.tuple("line_note", true));
    }

    @Test
    void aForeignKeyToPartOfACompositeKeyStaysItsValues() {
        SchemaSnapshot schema = new SchemaSnapshot(List.of(
                table("order_line", List.of(col("order_id", false), col("line_no", false)), List.of("order_id", "line_no"), List.of()),
                table("remark", List.of(id("id"), col("order_id", false)), List.of("id"),
                        List.of(fk("remark", "order_id", "order_line", "order_id")))));
        ReflectedModel model = SchemaReflector.reflect(schema, List.of(), NameHints.NONE, Dbms.H2);

        assertThat(model.entity("remark").toOnes()).isEmpty();
        assertThat(model.entity("remark").columns()).extracting(ReflectedEntity.Column::attribute).containsExactly("order_id");
    }

    private static ForeignKeySpec fk(String table, List<String> columns, String refTable, List<String> refColumns) {
        return new ForeignKeySpec("fk_" + table + "_" + String.join("_", columns), table, columns, refTable, refColumns, null);
    }

    private static TableSpec table(String name, List<ColumnSpec> columns, List<String> key, List<ForeignKeySpec> fks) {
        return new TableSpec(name, columns, key, List.of(), fks, List.of());
    }

    private static ColumnSpec id(String name) {
        return new ColumnSpec(name, INT, false, null, true);
    }

    private static ColumnSpec col(String name, boolean nullable) {
        return new ColumnSpec(name, INT, nullable, null, false);
    }

    private static ColumnSpec text(String name) {
        return ColumnSpec.of(name, ColumnType.varchar(100), true);
    }

    private static ForeignKeySpec fk(String table, String column, String refTable, String refColumn) {
        return new ForeignKeySpec("fk_" + table + "_" + column, table, List.of(column), refTable, List.of(refColumn), null);
    }
}
