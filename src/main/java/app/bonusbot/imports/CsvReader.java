package app.bonusbot.imports;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: quoted fields with {@code ""} for a quote and line breaks inside, CRLF or LF line ends, a
 * UTF-8 byte order mark ignored, and a {@code ,} or {@code ;} delimiter, whichever the header line has more of
 * (Excel writes {@code ;} where the decimal separator is a comma). Blank lines are skipped. The first record is
 * the header; every later record must have as many fields.
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;
    private static final int HEADER_SCAN_LIMIT = 1 << 16;

    private final BufferedReader in;
    private boolean started;
    private char delimiter = ',';
    private long line = 1;
    private int headerFields = -1;

    public CsvReader(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** The delimiter in use; known once the first record has been read. */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The next record, or null at the end of the input. A malformed record throws; the reader has then skipped
     * to the start of the next line and the following call goes on from there.
     */
    public CsvRecord next() throws IOException, CsvFormatException {
        if (!started) {
            start();
        }
        int c = in.read();
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = in.read();
        }
        if (c == EOF) {
            return null;
        }
        long startLine = line;
        List<String> fields = readFields(c, startLine);
        if (headerFields < 0) {
            headerFields = fields.size();
        } else if (fields.size() != headerFields) {
            throw new CsvFormatException(startLine, "has " + fields.size() + " fields, but the header has " + headerFields);
        }
        return new CsvRecord(startLine, fields);
    }

    private List<String> readFields(int first, long startLine) throws IOException, CsvFormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int c = first;
        while (true) {
            while (c == ' ' || c == '\t') {
                field.append((char) c);
                c = in.read();
            }
            if (c == '"') {
                field.setLength(0);
                c = readQuoted(field);
            } else {
                c = readUnquoted(field, c, startLine);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == delimiter) {
                c = in.read();
                continue;
            }
            if (c != EOF) {
                endLine(c);
            }
            return fields;
        }
    }

    /** Reads after an opening quote; returns the character after the field (delimiter, line end or EOF). */
    private int readQuoted(StringBuilder field) throws IOException, CsvFormatException {
        long openedOn = line;
        while (true) {
            int c = in.read();
            if (c == EOF) {
                throw new CsvFormatException(openedOn, "a quoted field starts here and is never closed");
            }
            if (c == '"') {
                int next = in.read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                while (next == ' ' || next == '\t') {
                    next = in.read();
                }
                if (next == delimiter || next == '\r' || next == '\n' || next == EOF) {
                    return next;
                }
                long at = line;
                skipRestOfLine(next);
                throw new CsvFormatException(at, "text after the closing quote of a field; write a quote inside a quoted field as \"\"");
            }
            if (c == '\r' || c == '\n') {
                endLine(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    private int readUnquoted(StringBuilder field, int first, long startLine) throws IOException, CsvFormatException {
        int c = first;
        while (c != delimiter && c != '\r' && c != '\n' && c != EOF) {
            if (c == '"') {
                skipRestOfLine(c);
                throw new CsvFormatException(startLine, "a quote inside an unquoted field; quote the whole field and write the quote as \"\"");
            }
            field.append((char) c);
            c = in.read();
        }
        return c;
    }

    /** Counts a line end, consuming the LF of a CRLF. */
    private void endLine(int c) throws IOException {
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        line++;
    }

    private void skipRestOfLine(int c) throws IOException {
        while (c != '\r' && c != '\n' && c != EOF) {
            c = in.read();
        }
        if (c != EOF) {
            endLine(c);
        }
    }

    /** Drops a byte order mark and picks the delimiter from the header line, reading ahead and back. */
    private void start() throws IOException {
        started = true;
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        in.mark(HEADER_SCAN_LIMIT);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < HEADER_SCAN_LIMIT; i++) {
            int c = in.read();
            if (c == EOF || (!quoted && (c == '\r' || c == '\n'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        in.reset();
        delimiter = semicolons > commas ? ';' : ',';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
