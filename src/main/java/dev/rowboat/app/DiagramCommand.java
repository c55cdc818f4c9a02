package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.diagram.DiagramExport;
import dev.rowboat.data.diagram.ElkDiagramLayout;
import dev.rowboat.data.diagram.ErDiagram;
import dev.rowboat.data.diagram.ErDiagramBuilder;
import dev.rowboat.data.diagram.Neighbourhood;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat diagram --url URL --out FILE.svg|png}: the ER diagram of a database's entities,
 * as the window draws it, written without a window. The database is only read. Exit 2 for a file
 * name that is neither .svg nor .png and for a database that cannot be opened, 1 for a file that
 * cannot be written.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Write the ER diagram of a database's entities (boxes with their columns, crow's-foot lines) as SVG or PNG.")
final class DiagramCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", description = "Database (default: $DATABASE_URL, else the embedded database).")
    String url;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write: its name ends in .svg or .png.")
    Path out;

    @Option(names = "--around", paramLabel = "ENTITY",
            description = "Draw only this entity and its neighbours (for a large schema), as the window's Around does.")
    String around;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "With --around: how many relationships away a neighbour may be, 1 to 3 (default: ${DEFAULT-VALUE}).")
    int depth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DiagramExport.formatOf(out);
            if (depth < 1 || depth > 3) {
                throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "--depth is 1, 2 or 3, not " + depth + ".");
            }
            StartupTarget target = StartupTarget.resolve(url, System.getenv(), DataLocations.forCurrentUser())
                    .withSafeguards(new Safeguards(true, false));
            Optional<Path> missing = target.spec().missingFile();
            if (missing.isPresent()) {
                throw new DatabaseException(DatabaseException.Kind.FILE_MISSING, "There is no database file " + missing.get() + ". Check the path.");
            }
            ErDiagram diagram;
            var connector = new MicroblogConnector(DataLocations.forCurrentUser().defaultDatabase(), false);
            try (OpenDatabase db = connector.connect(target.spec(), ConnectOptions.defaults())) {
                ErDiagram whole = ErDiagramBuilder.of(db.catalog());
                if (around != null && db.catalog().find(around).isEmpty()) {
                    throw new DatabaseException(DatabaseException.Kind.NOT_FOUND, "There is no entity " + around + " in "
                            + target.spec().displayUrl() + ". Entities are named as the window's list names them.");
                }
                diagram = ElkDiagramLayout.layout(around == null ? whole : Neighbourhood.around(whole, around, depth));
            }
            try {
                DiagramExport.write(diagram, out);
            } catch (DatabaseException e) {
                err.println(e.getMessage());
                return 1;
            }
            stdout.println("Wrote the diagram of " + diagram.boxes().size() + " entities and " + diagram.edges().size()
                    + " relationships of " + target.spec().displayUrl() + " to " + out);
            return 0;
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            stdout.flush();
            err.flush();
        }
    }
}
