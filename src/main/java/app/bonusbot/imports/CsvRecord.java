package app.bonusbot.imports;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based physical line the record starts on (a quoted field may carry it over several lines)
 */
public record CsvRecord(long line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
