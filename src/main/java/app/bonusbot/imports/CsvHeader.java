package app.bonusbot.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line: column names matched case-insensitively and trimmed, reported as the file spells them. */
final class CsvHeader {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    /** Columns as importers ask for them: every row asks again, and folding the name each time showed in profiles. */
    private final Map<String, Integer> asked = new HashMap<>();

    CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(key(names.get(i)), i);
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    boolean has(String column) {
        return column != null && index.containsKey(key(column));
    }

    /** -1 when the file has no such column. */
    int indexOf(String column) {
        if (column == null) {
            return -1;
        }
        Integer i = asked.get(column);
        if (i == null) {
            i = index.getOrDefault(key(column), -1);
            asked.put(column, i);
        }
        return i;
    }

    /** The column's name as the file spells it, or the name asked for when the file lacks it. */
    String spelling(String column) {
        int i = indexOf(column);
        return i < 0 ? column : names.get(i).trim();
    }
}
