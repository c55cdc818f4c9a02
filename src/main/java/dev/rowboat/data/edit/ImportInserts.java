package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * Writes imported rows straight to an entity's table as JDBC batches, binding each value with
 * Hibernate's binder for its column (so SQLite's timestamps are stored as the grid stores them).
 * Unlike a grid's new rows it writes a generated id the file gives: an export imported into an
 * empty copy keeps its ids, and so its foreign keys. All rows in one transaction, or a
 * transaction per batch of the size the person chose.
 */
public final class ImportInserts {
    private static final int STATEMENT_BATCH = 1000;
    private static final int LOOKUP_CHUNK = 500;

    private final SessionFactoryImplementor factory;
    private final SaveTables tables;
    private final Dbms dbms;

    /** What was written: rows inserted and rows of the same key updated (upsert). */
    public record Outcome(int inserted, int updated) {
        public int written() {
            return inserted + updated;
        }
    }

    public ImportInserts(SessionFactoryImplementor factory, Supplier<EntityCatalog> catalog, Dbms dbms) {
        this.factory = factory;
        this.tables = new SaveTables(factory, catalog);
        this.dbms = dbms;
    }

    /** Whether the database gives the entity's ids (a grid's new row leaves its id empty). */
    public boolean generatedId(String entity) {
        return table(entity).generatedId();
    }

    /**
     * Writes the rows: inserts, or for upsert an update of the given values where a row of the
     * key exists. On a refusal the transaction running is rolled back; with batches the batches
     * before it stay, and the message says how many rows they wrote.
     *
     * @param rows values by attribute name; a to-one's value is the target's id
     * @param lines each row's line in the file, for messages
     * @param batchSize rows per transaction; 0 or less for one transaction
     */
    public Outcome write(String entity, List<Map<String, Object>> rows, List<Integer> lines, boolean upsert, int batchSize,
                         Progress progress) {
        SaveTable table = table(entity);
        int step = batchSize <= 0 ? Math.max(1, rows.size()) : batchSize;
        int inserted = 0;
        int updated = 0;
        for (int from = 0; from < rows.size() || from == 0 && rows.isEmpty(); from += step) {
            int to = Math.min(rows.size(), from + step);
            progress.step("Writing rows " + Progress.count(from + 1L) + "–" + Progress.count(to) + " of " + Progress.count(rows.size()),
                    from, rows.size());
            try (Session session = factory.openSession()) {
                Transaction tx = session.beginTransaction();
                try {
                    int[] counts = writeChunk(session, table, rows.subList(from, to), lines.subList(from, to), upsert);
                    if (to == rows.size()) {
                        session.doWork(c -> followGeneratedIds(c, table, rows));
                    }
                    tx.commit();
                    inserted += counts[0];
                    updated += counts[1];
                } catch (RuntimeException e) {
                    rollbackQuietly(tx);
                    String kept = from == 0 ? "" : " The " + Progress.count(from) + " rows of the batches before were committed.";
                    throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, e.getMessage() + kept, e);
                }
            }
            if (rows.isEmpty()) {
                break;
            }
        }
        progress.step("Wrote " + Progress.count(inserted + updated) + " rows", rows.size(), rows.size());
        return new Outcome(inserted, updated);
    }

    /**
     * The rows of these ids as they are now, by id, with the attributes' values (a to-one's as the
     * target id); ids with no row are absent.
     */
    public Map<Object, Map<String, Object>> existing(String entity, List<Object> ids, List<String> attributes) {
        SaveTable table = table(entity);
        List<SaveColumn> columns = attributes.stream().map(table::column).filter(c -> c != null && !c.composite()).toList();
        Map<Object, Map<String, Object>> found = new HashMap<>();
        try (Session session = factory.openSession()) {
            SharedSessionContractImplementor options = session.unwrap(SharedSessionContractImplementor.class);
            session.doWork(c -> {
                for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                    List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
                    String select = columns.stream().map(SaveColumn::sql).collect(Collectors.joining(", "));
                    String keys = table.key().stream().map(SaveColumn::sql).collect(Collectors.joining(", "));
                    try (PreparedStatement ps = c.prepareStatement("select " + keys + (select.isEmpty() ? "" : ", " + select)
                            + " from " + table.sql() + " where " + keyMatch(table, chunk.size()))) {
                        bindKeys(ps, 1, table, chunk, options);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Object id = readKey(rs, table, options);
                                Map<String, Object> values = new LinkedHashMap<>();
                                for (int i = 0; i < columns.size(); i++) {
                                    values.put(columns.get(i).name(), columns.get(i).jdbc().getJdbcValueExtractor()
                                            .extract(rs, table.key().size() + i + 1, options));
                                }
                                found.put(id, values);
                            }
                        }
                    }
                }
            });
        }
        return found;
    }

    private int[] writeChunk(Session session, SaveTable table, List<Map<String, Object>> rows, List<Integer> lines, boolean upsert) {
        SharedSessionContractImplementor options = session.unwrap(SharedSessionContractImplementor.class);
        return session.doReturningWork(c -> {
            Set<Object> existing = upsert ? existingKeys(c, table, rows, options) : Set.of();
            List<Integer> inserts = new ArrayList<>();
            List<Integer> updates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object id = idOf(table, rows.get(i));
                (id != null && existing.contains(id) ? updates : inserts).add(i);
            }
            run(c, table, rows, lines, inserts, false, options);
            run(c, table, rows, lines, updates, true, options);
            return new int[] {inserts.size(), updates.size()};
        });
    }

    /** Sends the rows as batches, one per run of rows that give the same attributes (one SQL text). */
    private void run(Connection c, SaveTable table, List<Map<String, Object>> rows, List<Integer> lines, List<Integer> which,
                     boolean update, SharedSessionContractImplementor options) throws SQLException {
        int i = 0;
        while (i < which.size()) {
            List<SaveColumn> columns = columns(table, rows.get(which.get(i)), update);
            int end = i;
            while (end < which.size() && end - i < STATEMENT_BATCH && rows.get(which.get(end)).keySet().equals(rows.get(which.get(i)).keySet())) {
                end++;
            }
            if (update && columns.isEmpty()) {
                i = end; // the file gives the key alone: nothing to change
                continue;
            }
            String sql = update ? "update " + table.sql() + " set " + columns.stream().map(col -> col.sql() + " = ?").collect(Collectors.joining(", "))
                    + " where " + keyMatch(table, 1)
                    : "insert into " + table.sql() + " (" + columns.stream().map(SaveColumn::sql).collect(Collectors.joining(", "))
                    + ") values (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int r = i; r < end; r++) {
                    Map<String, Object> row = rows.get(which.get(r));
                    int position = 1;
                    for (SaveColumn column : columns) {
                        bind(ps, position++, column, row.get(column.name()), lines.get(which.get(r)), options);
                    }
                    if (update) {
                        bindKeys(ps, position, table, List.of(idOf(table, row)), options);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                String where = end - i == 1 ? "line " + lines.get(which.get(i))
                        : "lines " + lines.get(which.get(i)) + "–" + lines.get(which.get(end - 1));
                throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "The database refused a row of " + where + ": "
                        + DatabaseException.reasonOf(e) + " Nothing of this transaction was written.", e);
            }
            i = end;
        }
    }

    private static List<SaveColumn> columns(SaveTable table, Map<String, Object> row, boolean update) {
        List<SaveColumn> columns = new ArrayList<>();
        for (String name : row.keySet()) {
            SaveColumn column = table.column(name);
            if (column == null || column.composite()) {
                throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, name + " cannot be imported into " + table.entity() + ".");
            }
            if (!(update && table.isKey(column))) {
                columns.add(column);
            }
        }
        return columns;
    }

    @SuppressWarnings("unchecked") // each column's binder binds the values of its own Java type, which normalize produced
    private static void bind(PreparedStatement ps, int position, SaveColumn column, Object value, int line,
                             SharedSessionContractImplementor options) throws SQLException {
        String problem = value == null ? null : ValueCheck.problem(column, value);
        if (problem != null) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "Line " + line + ": " + problem);
        }
        ((ValueBinder<Object>) column.jdbc().getJdbcValueBinder()).bind(ps, ValueCheck.normalize(column, value), position, options);
    }

    private Set<Object> existingKeys(Connection c, SaveTable table, List<Map<String, Object>> rows,
                                     SharedSessionContractImplementor options) throws SQLException {
        List<Object> ids = rows.stream().map(r -> idOf(table, r)).filter(id -> id != null).toList();
        Set<Object> found = new HashSet<>();
        String keys = table.key().stream().map(SaveColumn::sql).collect(Collectors.joining(", "));
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("select " + keys + " from " + table.sql() + " where " + keyMatch(table, chunk.size()))) {
                bindKeys(ps, 1, table, chunk, options);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(readKey(rs, table, options));
                    }
                }
            }
        }
        return found;
    }

    private static Object idOf(SaveTable table, Map<String, Object> row) {
        List<Object> parts = new ArrayList<>();
        for (SaveColumn key : table.key()) {
            Object value = row.get(key.name());
            if (value == null) {
                return null;
            }
            parts.add(ValueCheck.normalize(key, value));
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeId(parts);
    }

    private static String keyMatch(SaveTable table, int ids) {
        String one = table.key().stream().map(k -> k.sql() + " = ?").collect(Collectors.joining(" and ", "(", ")"));
        return String.join(" or ", java.util.Collections.nCopies(ids, one));
    }

    @SuppressWarnings("unchecked")
    private static void bindKeys(PreparedStatement ps, int position, SaveTable table, List<Object> ids,
                                 SharedSessionContractImplementor options) throws SQLException {
        for (Object id : ids) {
            for (SaveColumn key : table.key()) {
                ((ValueBinder<Object>) key.jdbc().getJdbcValueBinder()).bind(ps, ValueCheck.normalize(key, table.keyValue(id, key)),
                        position++, options);
            }
        }
    }

    private static Object readKey(ResultSet rs, SaveTable table, SharedSessionContractImplementor options) throws SQLException {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < table.key().size(); i++) {
            parts.add(ValueCheck.normalize(table.key().get(i), table.key().get(i).jdbc().getJdbcValueExtractor().extract(rs, i + 1, options)));
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeId(parts);
    }

    /**
     * PostgreSQL's sequences and H2's identity columns do not see ids written explicitly: the next
     * grid row would get an id the import took. They are moved past the largest id. (MariaDB's
     * AUTO_INCREMENT and SQLite's rowid move on their own.) H2 commits at the ALTER, which comes
     * last, after every row was written.
     */
    private void followGeneratedIds(Connection c, SaveTable table, List<Map<String, Object>> rows) throws SQLException {
        if (dbms != Dbms.POSTGRESQL && dbms != Dbms.H2 || !table.generatedId() || table.id() == null
                || rows.stream().noneMatch(r -> r.get(table.id().name()) != null)) {
            return;
        }
        String max = "select max(" + table.id().sql() + ") from " + table.sql();
        if (dbms == Dbms.H2) {
            long largest;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(max)) {
                rs.next();
                largest = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table " + table.sql() + " alter column " + table.id().sql() + " restart with " + (largest + 1));
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select setval(pg_get_serial_sequence(?, ?), (" + max + "))")) {
            ps.setString(1, table.sql());
            ps.setString(2, table.id().sql().replace("\"", ""));
            ps.execute();
        }
    }

    private SaveTable table(String entity) {
        return tables.find(entity).orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND,
                "There is no table for " + entity + " to import into."));
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException ignored) {
            // the failure that led here is the one to report
        }
    }
}
