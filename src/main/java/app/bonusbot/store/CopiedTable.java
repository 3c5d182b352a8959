package app.bonusbot.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table a move of the store copies, as the source's catalogue describes it.
 *
 * @param columns in the source's order; the target's may differ (a column added later sits last there)
 * @param key the primary key's columns, the order rows are read and checksummed in; every column for a table without one
 * @param filter a condition on the rows that are copied, e.g. leaving out a store's own store_meta entries; empty for all
 */
record CopiedTable(String name, List<String> columns, List<String> key, String filter) {

    CopiedTable {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
    }

    /** The rows to copy, in key order: text compared byte by byte and NULL first, so both stores list them alike. */
    String selectInKeyOrder(Dialect dialect, TargetColumns target) {
        String order = key.stream()
                .map(k -> quoted(k) + (dialect == Dialect.SQLITE ? " COLLATE BINARY" : target.kind(name, k).collation()) + " NULLS FIRST")
                .collect(Collectors.joining(", "));
        return "SELECT " + columnList() + " FROM " + quoted(name) + where() + " ORDER BY " + order;
    }

    String count() {
        return "SELECT COUNT(*) FROM " + quoted(name) + where();
    }

    String insert() {
        return "INSERT INTO " + quoted(name) + " (" + columnList() + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private String columnList() {
        return columns.stream().map(CopiedTable::quoted).collect(Collectors.joining(", "));
    }

    private String where() {
        return filter.isEmpty() ? "" : " WHERE " + filter;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
