package app.bonusbot.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CSV file read into memory, for the small files (people, targets) whose importers look at all rows at
 * once; deals are read row by row instead ({@link CsvRows}).
 *
 * @param header null when the file has no readable header; errors then say why
 */
record CsvTable(CsvHeader header, List<CsvRecord> records) {

    static CsvTable read(Reader reader, ImportErrors errors) throws IOException {
        try (CsvRows rows = CsvRows.open(reader, errors)) {
            if (rows.header() == null) {
                return new CsvTable(null, List.of());
            }
            List<CsvRecord> records = new ArrayList<>();
            for (CsvRecord record = rows.next(); record != null; record = rows.next()) {
                records.add(record);
            }
            if (rows.unreadable()) {
                return new CsvTable(null, List.of());
            }
            return new CsvTable(rows.header(), records);
        }
    }
}
