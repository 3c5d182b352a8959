package app.bonusbot.config;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Parses the text of one YAML value into a typed value or a message saying what is wrong with it. */
final class ScalarText {

    /** A value or, when the text does not parse, why not. */
    record Parsed<T>(T value, String error) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> error(String message) {
            return new Parsed<>(null, message);
        }
    }

    // Underscores group digits the way YAML allows (1_500_000); thousands separators would be ambiguous.
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(_\\d+)*(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+(_\\d+)*");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?\\d+,\\d{1,2}%?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private ScalarText() {}

    static Parsed<BigDecimal> decimal(String text, boolean percentAllowed) {
        String t = text;
        boolean percent = t.endsWith("%");
        if (percent) {
            if (!percentAllowed) {
                return Parsed.error("must be a plain number, not a percentage ('" + text + "')");
            }
            t = t.substring(0, t.length() - 1).trim();
        }
        if (!DECIMAL.matcher(t).matches()) {
            if (COMMA_DECIMAL.matcher(text).matches()) {
                return Parsed.error("must be a number written with a decimal point, not a comma ('" + text + "')");
            }
            String example = percentAllowed ? "0.5 or 50%" : "1500000 or 0.25";
            return Parsed.error("must be a number such as " + example + ", not '" + text + "'");
        }
        BigDecimal value = new BigDecimal(t.replace("_", ""));
        return Parsed.ok(percent ? value.movePointLeft(2) : value);
    }

    static Parsed<Long> wholeNumber(String text) {
        if (!WHOLE.matcher(text).matches()) {
            return Parsed.error(text.startsWith("-") ? "must not be negative" : "must be a whole number, not '" + text + "'");
        }
        try {
            return Parsed.ok(Long.parseLong(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return Parsed.error("is too large");
        }
    }

    static Parsed<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Parsed.error("must be a date written yyyy-MM-dd, not '" + text + "'");
        }
        try {
            return Parsed.ok(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Parsed.error("'" + text + "' is not a date in the calendar");
        }
    }

    static Parsed<String> id(String text) {
        if (!ID.matcher(text).matches()) {
            return Parsed.error("'" + text + "' is not a usable id: use letters, digits, '.', '-', '_' and no spaces");
        }
        return Parsed.ok(text);
    }
}
