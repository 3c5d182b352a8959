package app.bonusbot.imports;

/** A record that is not well-formed CSV; the reader has skipped past it and can go on. */
public class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String reason;

    public CsvFormatException(long line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
