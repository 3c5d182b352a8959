package app.bonusbot.imports;

/**
 * One reason a file was not imported.
 *
 * @param line the 1-based line in the file; 0 when the problem is the file as a whole
 * @param column the header name as the file spells it; null when the problem is not one column's
 */
public record ImportError(String file, long line, String column, String reason) {

    /** {@code deals.csv:17 Amount: "12,5x" is not a number}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(column == null ? " " : " " + column + ": ").append(reason);
        return s.toString();
    }
}
