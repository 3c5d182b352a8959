package app.bonusbot.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The PostgreSQL target's columns of the tables a move copies, with the kind of value each takes. */
final class TargetColumns {

    private final Map<String, Map<String, ColumnKind>> byTable;

    private TargetColumns(Map<String, Map<String, ColumnKind>> byTable) {
        this.byTable = byTable;
    }

    /** Every table and column of the source must be in the target: both are at the same schema version. */
    static TargetColumns read(Handle h, List<CopiedTable> tables, String target) {
        Map<String, Map<String, ColumnKind>> byTable = new HashMap<>();
        for (CopiedTable table : tables) {
            Map<String, ColumnKind> columns = new HashMap<>();
            h.createQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = :table")
                    .bind("table", table.name())
                    .map((rs, ctx) -> Map.entry(rs.getString(1), ColumnKind.ofPostgres(rs.getString(2))))
                    .forEach(e -> columns.put(e.getKey(), e.getValue()));
            if (columns.isEmpty()) {
                throw new StoreException("The target " + target + " has no table " + table.name() + ", which the source has.");
            }
            for (String column : table.columns()) {
                if (!columns.containsKey(column)) {
                    throw new StoreException("The target " + target + " has no column " + table.name() + "." + column + ", which the source has.");
                }
            }
            byTable.put(table.name(), columns);
        }
        return new TargetColumns(byTable);
    }

    ColumnKind kind(String table, String column) {
        return byTable.get(table).get(column);
    }

    /**
     * Moves each identity or serial column's sequence past the highest id it has now, and past {@code floors} (the
     * source's own AUTOINCREMENT counters: an id once given out, even of a row since removed, is not given out again).
     */
    static void advanceSequences(Handle h, List<CopiedTable> tables, Map<String, Long> floors) {
        for (CopiedTable table : tables) {
            for (String column : table.columns()) {
                String sequence = h.createQuery("SELECT pg_get_serial_sequence(:table, :column)")
                        .bind("table", CopiedTable.quoted(table.name()))
                        .bind("column", column)
                        .mapTo(String.class)
                        .one();
                if (sequence == null) {
                    continue;
                }
                long highest = h.createQuery("SELECT COALESCE(MAX(" + CopiedTable.quoted(column) + "), 0) FROM " + CopiedTable.quoted(table.name()))
                        .mapTo(Long.class)
                        .one();
                long next = Math.max(highest, floors.getOrDefault(table.name(), 0L));
                if (next > 0) {
                    h.createQuery("SELECT setval(CAST(:sequence AS regclass), :value, true)").bind("sequence", sequence).bind("value", next).mapTo(Long.class).one();
                }
            }
        }
    }
}
