package app.bonusbot.imports;

/** Why one cell's text is not a valid value; the row reader adds line and column. */
final class FieldError extends Exception {

    private static final long serialVersionUID = 1L;

    FieldError(String reason) {
        super(reason, null, false, false);
    }

    /** The value quoted as the file has it, for messages like {@code "12,5x" is not a number}. */
    static String quoted(String text) {
        return '"' + text + '"';
    }
}
