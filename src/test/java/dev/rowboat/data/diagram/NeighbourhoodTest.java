package dev.rowboat.data.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.bench.WideSchema;
import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema of 200 generated tables, each with foreign keys into the five before it: shown around one table. */
class NeighbourhoodTest {
    @Test
    void depthOneHoldsTheTableAndExactlyTheTablesItIsLinkedTo(@TempDir Path dir) throws Exception {
        ErDiagram whole;
        Map<String, String> entityOfTable;
        try (WideSchema schema = WideSchema.create(Dbms.SQLITE, 200, dir);
             OpenDatabase db = new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false)
                     .open(schema.spec(), ConnectOptions.defaults())) {
            whole = ErDiagramBuilder.of(db.catalog());
            entityOfTable = db.catalog().entities().stream().collect(Collectors.toMap(e -> e.table().toLowerCase(), EntityInfo::name));
        }
        assertThat(whole.boxes()).hasSize(200);
        assertThat(whole.edges()).hasSize(1000);
        Function<Integer, String> table = i -> entityOfTable.get(String.format("t%04d", i));

        ErDiagram around = ElkDiagramLayout.layout(Neighbourhood.around(whole, table.apply(100), 1));

        // it points at t0095..t0099, and t0101..t0105 point at it
        assertThat(around.boxes()).extracting(DiagramBox::entity).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(95, 105).mapToObj(table::apply).toList());
        assertThat(around.edges()).filteredOn(e -> e.touches(table.apply(100))).hasSize(10);
        assertThat(around.edges()).allMatch(e -> around.box(e.from()).isPresent() && around.box(e.to()).isPresent());
        ErDiagramTest.assertReadable(around);
        assertThat(Neighbourhood.around(whole, table.apply(100), 2).boxes()).extracting(DiagramBox::entity)
                .contains(table.apply(90), table.apply(110)).hasSize(21);
    }
}
