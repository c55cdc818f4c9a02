package dev.rowboat.data.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Chinook;
import dev.rowboat.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagrams of the tutorial's microblog and of Chinook, laid out headless: every entity and relationship, no box over another. */
class ErDiagramTest {
    private static EntityCatalog microblog;
    private static EntityCatalog chinook;

    @BeforeAll
    static void readCatalogs() {
        try (TestDatabase t = TestDatabase.create(Dbms.SQLITE); OpenDatabase db = t.openWithSample()) {
            microblog = db.catalog();
        }
        try (TestDatabase t = TestDatabase.create(Dbms.SQLITE)) {
            Chinook.load(t);
            try (OpenDatabase db = t.openReflected()) {
                chinook = db.catalog();
            }
        }
    }

    @Test
    void microblogHasABoxPerEntityAndEachRelationshipByKind() {
        ErDiagram d = ElkDiagramLayout.layout(ErDiagramBuilder.of(microblog));

        assertThat(d.boxes()).extracting(DiagramBox::entity)
                .containsExactlyInAnyOrder("User", "Post", "Tag", "Profile", "followers", "post_tag");
        assertThat(d.edges()).extracting(e -> e.kind() + " " + e.from() + "." + e.label() + " -> " + e.to() + (e.via() == null ? "" : " via " + e.via()))
                .containsExactlyInAnyOrder(
                        "MANY_TO_ONE Post.author -> User",
                        "ONE_TO_ONE Profile.user -> User",
                        "MANY_TO_MANY post_tag.tags -> Tag via post_tag",
                        "MANY_TO_MANY post_tag.posts -> Post via post_tag",
                        "MANY_TO_MANY followers.followed -> User via followers",
                        "MANY_TO_MANY followers.followers -> User via followers");
        DiagramEdge author = d.edges().stream().filter(e -> e.label().equals("author")).findFirst().orElseThrow();
        assertThat(List.of(author.fromEnd(), author.toEnd())).containsExactly(EdgeEnd.MANY, EdgeEnd.ZERO_OR_ONE);
        DiagramBox post = d.box("Post").orElseThrow();
        assertThat(post.rows()).extracting(r -> r.mark() + " " + r.name() + " " + r.type())
                .containsExactly("PK id Integer", " body String(140)", " timestamp LocalDateTime", "FK author → User");
        assertReadable(d);
    }

    @Test
    void chinookHasABoxPerTableWithItsSelfReferenceAndPlaylistLinks() {
        ErDiagram d = ElkDiagramLayout.layout(ErDiagramBuilder.of(chinook));

        assertThat(d.boxes()).extracting(DiagramBox::entity).containsExactlyInAnyOrder("Album", "Artist", "Customer", "Employee",
                "Genre", "Invoice", "InvoiceLine", "MediaType", "Playlist", "PlaylistTrack", "Track");
        assertThat(d.edges()).extracting(e -> e.kind() + " " + e.from() + "." + e.label() + " -> " + e.to())
                .containsExactlyInAnyOrder(
                        "MANY_TO_ONE Album.Artist -> Artist",
                        "MANY_TO_ONE Customer.SupportRep -> Employee",
                        "SELF_REFERENCE Employee.ReportsTo -> Employee",
                        "MANY_TO_ONE Invoice.Customer -> Customer",
                        "MANY_TO_ONE InvoiceLine.Invoice -> Invoice",
                        "MANY_TO_ONE InvoiceLine.Track -> Track",
                        "MANY_TO_MANY PlaylistTrack.tracks -> Track",
                        "MANY_TO_ONE Track.Album -> Album",
                        "MANY_TO_ONE Track.MediaType -> MediaType",
                        "MANY_TO_ONE Track.Genre -> Genre",
                        "MANY_TO_MANY PlaylistTrack.playlists -> Playlist");
        assertReadable(d);
    }

    @Test
    void svgNamesEveryEntityAndPngDecodesAtTheLaidOutSize(@TempDir Path dir) throws IOException {
        ErDiagram d = ElkDiagramLayout.layout(ErDiagramBuilder.of(chinook));

        DiagramExport.write(d, dir.resolve("chinook.svg"));
        DiagramExport.write(d, dir.resolve("chinook.png"));

        String svg = Files.readString(dir.resolve("chinook.svg"));
        assertThat(svg).startsWith("<?xml").endsWith("</svg>\n");
        chinook.entities().forEach(e -> assertThat(svg).contains("data-entity=\"" + e.name() + "\""));
        assertThat(svg.split("class=\"relationship ", -1)).hasSize(d.edges().size() + 1);
        BufferedImage png = ImageIO.read(dir.resolve("chinook.png").toFile());
        assertThat(png.getWidth()).isEqualTo((int) d.width());
        assertThat(png.getHeight()).isEqualTo((int) d.height());
    }

    @Test
    void svgEscapesNamesXmlGivesMeaningTo() {
        assertThat(SvgWriter.escape("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
    }

    @Test
    void aMovedBoxKeepsItsLinesAttached() {
        ErDiagram d = ElkDiagramLayout.layout(ErDiagramBuilder.of(microblog));

        ErDiagram moved = d.withBoxAt("Tag", 900, 700);

        DiagramBox tag = moved.box("Tag").orElseThrow();
        assertThat(List.of(tag.x(), tag.y())).containsExactly(900.0, 700.0);
        DiagramEdge tags = moved.edges().stream().filter(e -> e.label().equals("tags")).findFirst().orElseThrow();
        DiagramPoint end = tags.points().get(tags.points().size() - 1);
        assertThat(onBorder(tag, end)).as("the line ends on the moved box: " + end).isTrue();
        DiagramEdge author = moved.edges().stream().filter(e -> e.label().equals("author")).findFirst().orElseThrow();
        assertThat(author).as("a line away from the moved box keeps its route").isEqualTo(
                d.edges().stream().filter(e -> e.label().equals("author")).findFirst().orElseThrow());
    }

    static void assertReadable(ErDiagram d) {
        for (DiagramBox a : d.boxes()) {
            for (DiagramBox b : d.boxes()) {
                if (a != b) {
                    assertThat(a.overlaps(b)).as(a.entity() + " overlaps " + b.entity()).isFalse();
                }
            }
        }
        for (DiagramEdge e : d.edges()) {
            assertThat(e.points()).as("the line " + e.label() + " is routed").hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(d.box(e.from()).orElseThrow(), e.points().get(0))).as(e.label() + " starts on " + e.from()).isTrue();
            assertThat(onBorder(d.box(e.to()).orElseThrow(), e.points().get(e.points().size() - 1))).as(e.label() + " ends on " + e.to()).isTrue();
        }
    }

    private static boolean onBorder(DiagramBox b, DiagramPoint p) {
        double tolerance = 1.5;
        boolean withinX = p.x() >= b.x() - tolerance && p.x() <= b.x() + b.width() + tolerance;
        boolean withinY = p.y() >= b.y() - tolerance && p.y() <= b.y() + b.height() + tolerance;
        boolean onVertical = Math.abs(p.x() - b.x()) <= tolerance || Math.abs(p.x() - b.x() - b.width()) <= tolerance;
        boolean onHorizontal = Math.abs(p.y() - b.y()) <= tolerance || Math.abs(p.y() - b.y() - b.height()) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
