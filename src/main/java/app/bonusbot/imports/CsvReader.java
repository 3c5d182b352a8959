package app.bonusbot.imports;

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
 *
 * <p>Scans its own character buffer rather than reading one character at a time from a {@link java.io.BufferedReader},
 * whose every read takes a lock: a deal import of a million rows reads a hundred million characters.
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;
    private static final int HEADER_SCAN_LIMIT = 1 << 16;
    /** Room for a byte order mark and the whole stretch the delimiter is picked from. */
    private static final int BUFFER = HEADER_SCAN_LIMIT + 1024;

    private final Reader in;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean started;
    private char delimiter = ',';
    private long line = 1;
    private int headerFields = -1;
    private final StringBuilder spill = new StringBuilder();
    private final StringBuilder blanks = new StringBuilder();

    public CsvReader(Reader reader) {
        this.in = reader;
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
        int c = read();
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        long startLine = line;
        pos--; // the field scanners start at the record's first character
        List<String> fields = readFields(startLine);
        if (headerFields < 0) {
            headerFields = fields.size();
        } else if (fields.size() != headerFields) {
            throw new CsvFormatException(startLine, "has " + fields.size() + " fields, but the header has " + headerFields);
        }
        return new CsvRecord(startLine, fields);
    }

    private int read() throws IOException {
        if (pos < limit || fill()) {
            return buf[pos++];
        }
        return EOF;
    }

    /** Refills the emptied buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = limit;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private List<String> readFields(long startLine) throws IOException, CsvFormatException {
        List<String> fields = new ArrayList<>(headerFields > 0 ? headerFields : 16);
        while (true) {
            // Blanks before an opening quote are dropped; before unquoted text they are part of it.
            blanks.setLength(0);
            int c = read();
            while (c == ' ' || c == '\t') {
                blanks.append((char) c);
                c = read();
            }
            String field;
            if (c == '"') {
                field = readQuoted();
            } else {
                if (c != EOF) {
                    pos--;
                }
                field = readUnquoted(startLine);
            }
            fields.add(field);
            c = read();
            if (c == delimiter) {
                continue;
            }
            if (c != EOF) {
                endLine(c);
            }
            return fields;
        }
    }

    /**
     * Reads after an opening quote up to the character after the closing one, which is left unread (a delimiter,
     * line end or EOF).
     */
    private String readQuoted() throws IOException, CsvFormatException {
        long openedOn = line;
        spill.setLength(0);
        while (true) {
            int from = pos;
            while (pos < limit) {
                char ch = buf[pos];
                if (ch == '"' || ch == '\r' || ch == '\n') {
                    break;
                }
                pos++;
            }
            spill.append(buf, from, pos - from);
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(openedOn, "a quoted field starts here and is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    spill.append('"');
                    continue;
                }
                while (next == ' ' || next == '\t') {
                    next = read();
                }
                if (next == delimiter || next == '\r' || next == '\n' || next == EOF) {
                    if (next != EOF) {
                        pos--;
                    }
                    return spill.toString();
                }
                long at = line;
                skipRestOfLine(next);
                throw new CsvFormatException(at, "text after the closing quote of a field; write a quote inside a quoted field as \"\"");
            }
            if (c == '\r' || c == '\n') {
                endLine(c);
                spill.append('\n');
            } else {
                spill.append((char) c);
            }
        }
    }

    /**
     * Reads a field after its leading blanks up to the delimiter, line end or EOF, which is left unread. Usually
     * the whole field lies in the buffer and becomes one string without being copied twice.
     */
    private String readUnquoted(long startLine) throws IOException, CsvFormatException {
        spill.setLength(0);
        boolean spilled = blanks.length() > 0;
        if (spilled) {
            spill.append(blanks);
        }
        while (true) {
            int from = pos;
            while (pos < limit) {
                char ch = buf[pos];
                if (ch == delimiter || ch == '\r' || ch == '\n') {
                    return finish(from, spilled);
                }
                if (ch == '"') {
                    pos++;
                    skipRestOfLine('"');
                    throw new CsvFormatException(startLine, "a quote inside an unquoted field; quote the whole field and write the quote as \"\"");
                }
                pos++;
            }
            spill.append(buf, from, pos - from);
            spilled = true;
            if (!fill()) {
                return spill.toString();
            }
        }
    }

    private String finish(int from, boolean spilled) {
        if (!spilled) {
            return new String(buf, from, pos - from);
        }
        return spill.append(buf, from, pos - from).toString();
    }

    /** Counts a line end, consuming the LF of a CRLF. */
    private void endLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n' && next != EOF) {
                pos--;
            }
        }
        line++;
    }

    private void skipRestOfLine(int c) throws IOException {
        while (c != '\r' && c != '\n' && c != EOF) {
            c = read();
        }
        if (c != EOF) {
            endLine(c);
        }
    }

    /** Drops a byte order mark and picks the delimiter from the header line, reading ahead in the buffer. */
    private void start() throws IOException {
        started = true;
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                break;
            }
            limit += n;
        }
        if (limit > 0 && buf[0] == '\uFEFF') {
            pos = 1;
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = pos; i < Math.min(limit, pos + HEADER_SCAN_LIMIT); i++) {
            char c = buf[i];
            if (!quoted && (c == '\r' || c == '\n')) {
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
        delimiter = semicolons > commas ? ';' : ',';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
