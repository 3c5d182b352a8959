package app.bonusbot.imports;

import java.math.BigDecimal;

/**
 * Numbers as imports accept them: digits with an optional dot and decimals, nothing else. Thousands separators
 * and decimal commas are refused rather than guessed at, since "12,500" means twelve and a half in Danish.
 */
final class DecimalText {

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
        if (!isDecimal(text, '.', false, Integer.MAX_VALUE)) {
            if (isDecimal(text, ',', true, 2)) {
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

    /**
     * Whether the text is ASCII digits with an optional leading minus, then the separator and 1 to
     * {@code maxDecimals} digits (written out rather than as a regular expression, which cost a deal import dearly).
     */
    private static boolean isDecimal(String text, char separator, boolean separatorRequired, int maxDecimals) {
        int i = text.startsWith("-") ? 1 : 0;
        int integerDigits = digits(text, i);
        if (integerDigits == 0) {
            return false;
        }
        i += integerDigits;
        if (i == text.length()) {
            return !separatorRequired;
        }
        if (text.charAt(i) != separator) {
            return false;
        }
        int decimals = digits(text, i + 1);
        return decimals > 0 && decimals <= maxDecimals && i + 1 + decimals == text.length();
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
