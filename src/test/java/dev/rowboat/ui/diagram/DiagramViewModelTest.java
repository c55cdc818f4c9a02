package dev.rowboat.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.diagram.DiagramBox;
import dev.rowboat.data.diagram.DiagramPositions;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram's view-model without a window: layout, remembered places, the neighbourhood of a large schema, export. */
class DiagramViewModelTest {
    @TempDir
    Path dir;
    private final List<String> errors = new ArrayList<>();
    private final Notifier notifier = new Notifier() {
        @Override
        public void error(String title, String sentence, Throwable details) {
            errors.add(sentence);
        }

        @Override
        public boolean confirm(String title, String question) {
            return false;
        }
    };

    @Test
    void aDroppedBoxIsWhereTheNextDiagramOfTheSameDatabasePutsIt() throws Exception {
        EntityCatalog shop = new EntityCatalog(List.of(entity("Customer"), entity("Order", "Customer"), entity("Line", "Order")));
        DiagramViewModel first = viewModel(shop, "jdbc:postgresql://db/shop?password=secret");
        first.layout();
        DiagramBox order = first.diagramProperty().get().box("Order").orElseThrow();

        first.dropBox("Order", order.x() + 300, order.y() + 200);

        Path kept0 = DiagramPositions.of(dir.resolve("diagram"), "jdbc:postgresql://db/shop?password=secret").file();
        assertThat(Files.readString(kept0)).as("no password is kept").doesNotContain("secret").contains("Order=");
        DiagramViewModel again = viewModel(shop, "jdbc:postgresql://db/shop?password=other");
        again.layout();
        DiagramBox kept = again.diagramProperty().get().box("Order").orElseThrow();
        assertThat(List.of(kept.x(), kept.y())).containsExactly(order.x() + 300, order.y() + 200);
        assertThat(again.diagramProperty().get().box("Customer")).as("the others where the layout puts them")
                .isEqualTo(first.diagramProperty().get().box("Customer"));

        again.resetLayout();

        assertThat(again.diagramProperty().get().box("Order").orElseThrow()).isEqualTo(order);
        assertThat(errors).isEmpty();
    }

    @Test
    void aLargeSchemaShowsTheChosenEntityAndItsNeighboursToTheChosenDepth() {
        // a chain: t1 <- t2 <- ... <- t40
        EntityCatalog chain = new EntityCatalog(IntStream.rangeClosed(1, 40)
                .mapToObj(i -> i == 1 ? entity("t1") : entity("t" + i, "t" + (i - 1))).toList());
        DiagramViewModel vm = viewModel(chain, "jdbc:sqlite:/tmp/chain.db");
        assertThat(vm.neighbourhoodOnly()).isTrue();

        vm.focusProperty().set("t20");

        assertThat(shown(vm)).containsExactlyInAnyOrder("t19", "t20", "t21");
        vm.depthProperty().set(3);
        assertThat(shown(vm)).containsExactlyInAnyOrder("t17", "t18", "t19", "t20", "t21", "t22", "t23");
        assertThat(vm.statusProperty().get()).isEqualTo("7 entities, 6 relationships around t20 (of 40)");
    }

    @Test
    void exportWritesTheDiagramAsShownAndRefusesOtherFormats() throws Exception {
        DiagramViewModel vm = viewModel(new EntityCatalog(List.of(entity("A"), entity("B", "A"))), "jdbc:h2:mem:x");
        vm.layout();

        vm.export(dir.resolve("out.svg"));
        vm.export(dir.resolve("out.pdf"));

        assertThat(Files.readString(dir.resolve("out.svg"))).contains("data-entity=\"A\"", "data-entity=\"B\"");
        assertThat(errors).singleElement().asString().contains("name the file .svg or .png");
    }

    private List<String> shown(DiagramViewModel vm) {
        return vm.diagramProperty().get().boxes().stream().map(DiagramBox::entity).toList();
    }

    private DiagramViewModel viewModel(EntityCatalog catalog, String url) {
        return new DiagramViewModel(catalog, new DirectTaskExecutor(), DiagramPositions.of(dir.resolve("diagram"), url), notifier);
    }

    private static EntityInfo entity(String name, String... targets) {
        List<AttributeInfo> attributes = new ArrayList<>();
        attributes.add(new AttributeInfo("id", AttributeKind.ID, Long.class, "id", null, null, false, true, null));
        attributes.add(new AttributeInfo("name", AttributeKind.BASIC, String.class, "name", null, null, true, false, 40L));
        for (String target : targets) {
            attributes.add(new AttributeInfo(target.toLowerCase(), AttributeKind.TO_ONE, Object.class, target.toLowerCase() + "_id",
                    target, null, true, false, null));
        }
        return new EntityInfo(name, name.toLowerCase(), true, attributes, "name", List.of());
    }
}
