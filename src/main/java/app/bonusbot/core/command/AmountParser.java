package app.bonusbot.core.command;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads amounts as people type them in either language: {@code 50000}, {@code 50,000}, {@code 50.000},
 * {@code 12,500.50}, {@code 12.500,50}, {@code 50k}, {@code 1.2m}.
 */
public final class AmountParser {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");

    private AmountParser() {}

    public static Optional<BigDecimal> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        BigDecimal multiplier = BigDecimal.ONE;
        if (t.endsWith("k")) {
            multiplier = BigDecimal.valueOf(1_000);
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            multiplier = BigDecimal.valueOf(1_000_000);
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !t.matches("[0-9.,]+")) {
            return Optional.empty();
        }
        String normalised;
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            // Both present: the later one is the decimal separator.
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normalised = t.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (GROUPED.matcher(t).matches()) {
            normalised = t.replace(",", "").replace(".", "");
        } else {
            normalised = t.replace(',', '.');
        }
        if (normalised.chars().filter(c -> c == '.').count() > 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(normalised).multiply(multiplier));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
