package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.DatabaseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rowboat sample}: fills a database with the tutorial's sample, or with many rows for benchmarks. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Create the microblog tables if missing and add sample data: the named users (john, susan, ...), "
                + "or with --rows N, N posts by N/100 generated users.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", description = "Database (default: $DATABASE_URL, else the embedded database).")
    String url;

    @Option(names = "--rows", paramLabel = "N", description = "Bulk mode: number of posts to add.")
    long rows;

    @Option(names = "--users", paramLabel = "N", description = "Bulk mode: number of users to add (default: rows / 100, at least 10).")
    Integer users;

    @Override
    public Integer call() {
        StartupTarget target;
        try {
            target = StartupTarget.resolve(url, System.getenv(), DataLocations.forCurrentUser());
        } catch (DatabaseException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        var connector = new MicroblogConnector(DataLocations.forCurrentUser().defaultDatabase(), false);
        // The connector makes a new file with the built-in history; the rows are written through the model's classes.
        try (OpenDatabase created = connector.connect(target.spec(), ConnectOptions.defaults().allowingCreate());
             OpenDatabase db = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(target.spec(), ConnectOptions.defaults())) {
            db.createTablesIfEmpty();
            long start = System.nanoTime();
            if (rows > 0) {
                int userCount = users != null ? users : (int) Math.max(10, rows / 100);
                db.inTransaction(session -> SampleData.populateBulk(session, userCount, rows, 42));
                System.out.printf("Added %,d posts by %,d users to %s in %.1f s%n", rows, userCount, target.spec().displayUrl(),
                        (System.nanoTime() - start) / 1e9);
            } else {
                db.inTransaction(SampleData::populateNamed);
                System.out.println("Added the named sample (john, susan, mary, david) to " + target.spec().displayUrl());
            }
            return 0;
        } catch (DatabaseException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
