package app.bonusbot.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as imports accept them: digits with an optional dot and decimals, nothing else. Thousands separators
 * and decimal commas are refused rather than guessed at, since "12,500" means twelve and a half in Danish.
 */
final class DecimalText {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");

    private DecimalText() {}

    /** A non-negative amount of money with at most 2 decimals, at scale 2; null when blank. */
    static BigDecimal money(String text) throws FieldError {
        BigDecimal value = nonNegative(text);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new FieldError(FieldError.quoted(text) + " has more than 2 decimals");
        }
        return value.setScale(2);
    }

    /** A number above zero, kept exactly as written; null when blank. */
    static BigDecimal positive(String text) throws FieldError {
        BigDecimal value = nonNegative(text);
        if (value != null && value.signum() == 0) {
            throw new FieldError("must be more than 0");
        }
        return value;
    }

    private static BigDecimal nonNegative(String text) throws FieldError {
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            if (DECIMAL_COMMA.matcher(text).matches()) {
                throw new FieldError(FieldError.quoted(text) + " is not a number; write decimals with a dot, e.g. " + text.replace(',', '.'));
            }
            throw new FieldError(FieldError.quoted(text) + " is not a number");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
            throw new FieldError(FieldError.quoted(text) + " is negative");
        }
        return value;
    }
}
