package app.bonusbot.imports;

/** One data record read by column name; problems go to the file's error list with this row's line. */
final class Row {

    /** Turns a cell's text (null when blank or absent) into a value, or says why it cannot. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws FieldError;
    }

    private final CsvRecord record;
    private final CsvHeader header;
    private final ImportErrors errors;
    private boolean bad;

    Row(CsvRecord record, CsvHeader header, ImportErrors errors) {
        this.record = record;
        this.header = header;
        this.errors = errors;
    }

    long line() {
        return record.line();
    }

    boolean has(String column) {
        return header.has(column);
    }

    /** The trimmed cell, or null when the cell is blank or the file has no such column. */
    String text(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            return null;
        }
        String value = record.fields().get(i).trim();
        return value.isEmpty() ? null : value;
    }

    /** The parsed cell; null after recording the parser's complaint. */
    <T> T parse(String column, Parser<T> parser) {
        try {
            return parser.parse(text(column));
        } catch (FieldError e) {
            error(column, e.getMessage());
            return null;
        }
    }

    /** The cell, or a "is required" error when it is blank. */
    String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "is required");
        }
        return value;
    }

    void error(String column, String reason) {
        errors.add(record.line(), column == null ? null : header.spelling(column), reason);
        bad = true;
    }

    boolean isBad() {
        return bad;
    }
}
