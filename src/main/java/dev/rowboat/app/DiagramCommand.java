package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.diagram.DiagramExport;
import dev.rowboat.data.diagram.ElkDiagramLayout;
import dev.rowboat.data.diagram.ErDiagram;
import dev.rowboat.data.diagram.ErDiagramBuilder;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DiagramExport.formatOf(out);
            StartupTarget target = StartupTarget.resolve(url, System.getenv(), DataLocations.forCurrentUser())
                    .withSafeguards(new Safeguards(true, false));
            Optional<Path> missing = target.spec().missingFile();
            if (missing.isPresent()) {
                throw new DatabaseException(DatabaseException.Kind.FILE_MISSING, "There is no database file " + missing.get() + ". Check the path.");
            }
            ErDiagram diagram;
            var connector = new MicroblogConnector(DataLocations.forCurrentUser().defaultDatabase(), false);
            try (OpenDatabase db = connector.connect(target.spec(), ConnectOptions.defaults())) {
                diagram = ElkDiagramLayout.layout(ErDiagramBuilder.of(db.catalog()));
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
