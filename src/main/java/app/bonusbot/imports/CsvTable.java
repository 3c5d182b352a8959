package app.bonusbot.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CSV file read into memory: an import must see every row before it writes any, to reject the file as a
 * whole, and knowing the row count up front is what the progress bar needs.
 *
 * @param header null when the file has no readable header; errors then say why
 */
record CsvTable(CsvHeader header, List<CsvRecord> records) {

    static CsvTable read(Reader reader, ImportErrors errors) throws IOException {
        CsvHeader header = null;
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(reader)) {
            while (true) {
                try {
                    CsvRecord record = csv.next();
                    if (record == null) {
                        break;
                    }
                    if (header == null) {
                        header = new CsvHeader(record.fields());
                    } else {
                        records.add(record);
                    }
                } catch (CsvFormatException e) {
                    errors.add(e.line(), null, e.reason());
                    if (header == null) {
                        return new CsvTable(null, List.of());
                    }
                }
            }
        } catch (CharacterCodingException e) {
            errors.add(0, null, "is not UTF-8 text; save it as \"CSV UTF-8\"");
            return new CsvTable(null, List.of());
        }
        if (header == null) {
            errors.add(0, null, "is empty; it needs a header line naming its columns");
        }
        return new CsvTable(header, records);
    }
}
