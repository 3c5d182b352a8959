package app.bonusbot.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * A CSV file read one record after another, so that a file of a million rows is never held whole. Malformed records
 * and a file that is not UTF-8 go to the file's error list; the caller sees only well-formed records.
 */
final class CsvRows implements Closeable {

    private final CsvReader csv;
    private final ImportErrors errors;
    private CsvHeader header;
    private boolean unreadable;

    private CsvRows(Reader reader, ImportErrors errors) {
        this.csv = new CsvReader(reader);
        this.errors = errors;
    }

    /** Opens the file and reads its header; when there is none, {@link #header()} is null and the errors say why. */
    static CsvRows open(Reader reader, ImportErrors errors) throws IOException {
        CsvRows rows = new CsvRows(reader, errors);
        rows.readHeader();
        return rows;
    }

    private void readHeader() throws IOException {
        try {
            CsvRecord first = csv.next();
            if (first == null) {
                errors.add(0, null, "is empty; it needs a header line naming its columns");
            } else {
                header = new CsvHeader(first.fields());
            }
        } catch (CsvFormatException e) {
            errors.add(e.line(), null, e.reason());
        } catch (CharacterCodingException e) {
            notUtf8();
        }
    }

    /** Null when the file has no readable header. */
    CsvHeader header() {
        return header;
    }

    /** The next well-formed record, or null at the end of the file or where it stops being UTF-8. */
    CsvRecord next() throws IOException {
        if (header == null || unreadable) {
            return null;
        }
        while (true) {
            try {
                return csv.next();
            } catch (CsvFormatException e) {
                errors.add(e.line(), null, e.reason());
            } catch (CharacterCodingException e) {
                notUtf8();
                return null;
            }
        }
    }

    /** True when reading stopped at text that is not UTF-8: the file is then refused whole. */
    boolean unreadable() {
        return unreadable;
    }

    private void notUtf8() {
        unreadable = true;
        errors.add(0, null, "is not UTF-8 text; save it as \"CSV UTF-8\"");
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
