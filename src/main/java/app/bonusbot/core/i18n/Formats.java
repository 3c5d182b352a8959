package app.bonusbot.core.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/** How numbers, money, percentages and dates look in one language. All formatting of BigDecimal is exact. */
public final class Formats {

    /**
     * Number formats, kept per thread: building one parses its pattern and looks up the locale's symbols, a fifth of a
     * status answer's time when done per amount, and a format is not safe to share between threads. A thread holds at
     * most one per language, currency and number of decimals.
     */
    private static final ThreadLocal<Map<Kind, NumberFormat>> KEPT = ThreadLocal.withInitial(HashMap::new);

    /** @param currency null for a plain number */
    private record Kind(Language language, Currency currency, int maxDecimals) {}

    private final Language language;
    private final Currency currency;
    private final DateTimeFormatter dates;

    public Formats(Language language, Currency currency) {
        this.language = language;
        this.currency = currency;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
    }

    /** {@code DKK 12,345.67} in English, {@code 12.345,67 kr.} in Danish. */
    public String money(BigDecimal amount) {
        return money(amount, currency);
    }

    /** An amount in another currency than the company's, with its symbol where the language has one: {@code € 1,000.05} / {@code 1.000,05 €}. */
    public String money(BigDecimal amount, Currency currency) {
        return KEPT.get().computeIfAbsent(new Kind(language, currency, 2), Formats::moneyFormat).format(amount).replace('\u00a0', ' ');
    }

    private static NumberFormat moneyFormat(Kind kind) {
        NumberFormat format = kind.language() == Language.EN
                // The JDK's English pattern glues the code to the number (DKK600.00); people write "DKK 600.00".
                ? new DecimalFormat("¤ #,##0.00;-¤ #,##0.00", DecimalFormatSymbols.getInstance(kind.language().locale()))
                : NumberFormat.getCurrencyInstance(kind.language().locale());
        format.setCurrency(kind.currency());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A ratio as a percentage with at most one decimal: 0.875 is {@code 87.5 %} / {@code 87,5 %}. */
    public String percent(BigDecimal ratio) {
        return number(ratio.movePointRight(2), 1) + " %";
    }

    /** A plain number with grouping and at most the given decimals. */
    public String number(BigDecimal value, int maxDecimals) {
        return plain(language, maxDecimals).format(value).replace('\u00a0', ' ');
    }

    /**
     * A number with exactly the given decimals, so that two of them side by side read alike: a mean of 4 and one of
     * 3.17 are {@code 4.0} and {@code 3.2}.
     */
    public String fixed(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('\u00a0', ' ');
    }

    private static NumberFormat plain(Language language, int maxDecimals) {
        return KEPT.get().computeIfAbsent(new Kind(language, null, maxDecimals), kind -> {
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(kind.language().locale()));
            format.setMaximumFractionDigits(kind.maxDecimals());
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        });
    }

    public String count(long value) {
        return wholeNumber(language, value);
    }

    /** A whole number with grouping: {@code 1,200} / {@code 1.200}. */
    static String wholeNumber(Language language, long value) {
        return plain(language, 0).format(value).replace('\u00a0', ' ');
    }

    /** A rate multiplier: {@code ×1.5}. */
    public String rate(BigDecimal rate) {
        return "×" + number(rate, 4);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public Language language() {
        return language;
    }

    /** The company currency {@link #money(BigDecimal)} shows. */
    public Currency currency() {
        return currency;
    }
}
