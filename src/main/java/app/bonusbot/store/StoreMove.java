package app.bonusbot.store;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Moves an installation from its SQLite file to an empty PostgreSQL database: the target is brought to the current
 * schema by the usual migrations, then every table of the source is copied in one target transaction (all of it or
 * nothing), each table's rows counted and checksummed on both sides, and the transaction is rolled back when any
 * table differs. The source is only read ({@link SqliteSource}).
 *
 * <p>Not copied, because each store keeps its own: {@code schema_version} (the target's migrations wrote theirs),
 * {@code writers} and {@code leases} (processes writing to or holding work on the source), and the data version in
 * {@code store_meta}, which the target counts on from its own value, one step further, so that a process already
 * watching the target reloads. The configuration's hash in {@code store_meta} is copied: it describes the directory
 * rows that are copied with it.
 */
public final class StoreMove {

    static final Set<String> NOT_COPIED = Set.of("schema_version", "writers", "leases");
    static final Map<String, String> FILTERS = Map.of("store_meta", "\"key\" <> '" + StoreMeta.DATA_VERSION + "'");
    private static final int BATCH_ROWS = 500;

    private final SqliteSource source;
    private final List<CopiedTable> tables;
    private final Map<String, Long> sourceRows = new LinkedHashMap<>();
    private final CopyProgress progress;
    private final long totalRows;
    private long rowsDone;

    private StoreMove(SqliteSource source, CopyProgress progress) {
        this.source = source;
        this.tables = source.tables(NOT_COPIED, FILTERS);
        this.progress = progress;
        tables.forEach(t -> sourceRows.put(t.name(), source.count(t)));
        this.totalRows = sourceRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param sqliteFile the source, opened read-only; it must be at this build's schema version
     * @param target an empty PostgreSQL database (tables without rows); migrated here if it has no schema yet
     * @param whileWaiting told when the copy has to wait for another writer to the target
     * @return the comparison of every table; {@link MoveReport#committed()} is false when a table differed and nothing was kept
     * @throws StoreException when the source cannot be read, the target cannot be reached or already holds data, or a
     *     row cannot be written there; the target then holds none of the source's rows
     */
    public static MoveReport move(Path sqliteFile, StoreAddress.Postgres target, Clock clock, Consumer<String> whileWaiting, CopyProgress progress) {
        try (SqliteSource source = SqliteSource.open(sqliteFile)) {
            StoreMove move = new StoreMove(source, progress);
            try (Database db = Database.open(target, clock, whileWaiting)) {
                return db.write(h -> move.copyInto(h, target.describe()));
            } catch (Differs differs) {
                return differs.report;
            }
        }
    }

    private MoveReport copyInto(Handle h, String target) {
        refuseIfHoldingData(h, target);
        TargetColumns columns = TargetColumns.read(h, tables, target);
        // The foreign keys that can wait for the commit do: a cycle between tables (none today) is then no obstacle.
        h.execute("SET CONSTRAINTS ALL DEFERRED");
        Map<String, TableDigest> fromSource = new LinkedHashMap<>();
        for (CopiedTable table : tables) {
            fromSource.put(table.name(), copy(table, columns, h.getConnection(), target));
        }
        TargetColumns.advanceSequences(h, tables, source.autoincrementCounters());
        DataVersion.bump(h);
        List<TableComparison> comparisons = new ArrayList<>();
        for (CopiedTable table : tables) {
            TableDigest there = digestOfTarget(table, columns, h.getConnection(), target);
            TableDigest here = fromSource.get(table.name());
            comparisons.add(new TableComparison(table.name(), here.rows(), there.rows(), here.checksum(), there.checksum()));
        }
        List<String> notCopied = new ArrayList<>(NOT_COPIED.stream().sorted().toList());
        notCopied.add("store_meta " + StoreMeta.DATA_VERSION);
        MoveReport report = new MoveReport(comparisons, notCopied, true);
        if (!report.allMatch()) {
            throw new Differs(new MoveReport(comparisons, notCopied, false));
        }
        return report;
    }

    private void refuseIfHoldingData(Handle h, String target) {
        List<String> held = new ArrayList<>();
        for (CopiedTable table : tables) {
            if (!Dialect.POSTGRESQL.tableExists(h, table.name())) {
                continue;
            }
            long rows = h.createQuery(table.count()).mapTo(Long.class).one();
            if (rows > 0) {
                held.add(table.name() + " (" + rows + (rows == 1 ? " row)" : " rows)"));
            }
        }
        if (!held.isEmpty()) {
            throw new StoreException("The target " + target + " already holds data: " + String.join(", ", held)
                    + ". migrate-store only copies into an empty database, so that nothing there is overwritten or mixed with the source:"
                    + " give a new database (CREATE DATABASE bonusbot), or one whose Bonusbot tables are empty.");
        }
    }

    /** Streams the table from the source in key order into batched inserts, checksumming each row as it goes by. */
    private TableDigest copy(CopiedTable table, TargetColumns columns, Connection target, String targetName) {
        TableDigest digest = new TableDigest();
        List<ColumnKind> kinds = table.columns().stream().map(c -> columns.kind(table.name(), c)).toList();
        int width = kinds.size();
        try (PreparedStatement select = source.handle().getConnection().prepareStatement(table.selectInKeyOrder(Dialect.SQLITE, columns));
                ResultSet rows = select.executeQuery();
                PreparedStatement insert = target.prepareStatement(table.insert())) {
            int batched = 0;
            while (rows.next()) {
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    values[i] = rows.getObject(i + 1);
                }
                digest.addRow(values);
                bind(table, kinds, insert, values);
                insert.addBatch();
                if (++batched == BATCH_ROWS) {
                    insert.executeBatch();
                    advance(batched);
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
                advance(batched);
            }
        } catch (SQLException e) {
            throw new StoreException("Copying the table " + table.name() + " to " + targetName + " failed: " + reason(e)
                    + ". The target keeps none of the copied rows; the source is unchanged.", e);
        }
        return digest;
    }

    private static void bind(CopiedTable table, List<ColumnKind> kinds, PreparedStatement insert, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            try {
                kinds.get(i).bind(insert, i + 1, values[i]);
            } catch (RuntimeException e) {
                throw new StoreException("The source's " + table.name() + "." + table.columns().get(i) + " holds '" + shortened(values[i])
                        + "', which the target's column (" + kinds.get(i).name().toLowerCase(java.util.Locale.ROOT) + ") cannot take. The target keeps"
                        + " none of the copied rows; the source is unchanged.", e);
            }
        }
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void advance(int rows) {
        rowsDone += rows;
        progress.rowsDone(rowsDone, totalRows);
    }

    /** The table as the target now has it, inside the copy's transaction, read back the way the source's rows were. */
    private static TableDigest digestOfTarget(CopiedTable table, TargetColumns columns, Connection target, String targetName) {
        TableDigest digest = new TableDigest();
        List<ColumnKind> kinds = table.columns().stream().map(c -> columns.kind(table.name(), c)).toList();
        try (PreparedStatement select = target.prepareStatement(table.selectInKeyOrder(Dialect.POSTGRESQL, columns))) {
            // Fetched in slices (the transaction is open), not all at once into memory.
            select.setFetchSize(BATCH_ROWS);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Object[] values = new Object[kinds.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = kinds.get(i).read(rows, i + 1);
                    }
                    digest.addRow(values);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the copied table " + table.name() + " back from " + targetName + " failed: " + reason(e)
                    + ". The target keeps none of the copied rows.", e);
        }
        return digest;
    }

    /** The server's own words: a failed batch names the row's error in the exception chained to it. */
    private static String reason(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        return cause.getMessage();
    }

    /** Carries the report out of the write, whose transaction it rolls back. */
    private static final class Differs extends RuntimeException {

        private final transient MoveReport report;

        Differs(MoveReport report) {
            super("the copy differs from the source", null, false, false);
            this.report = report;
        }
    }
}
