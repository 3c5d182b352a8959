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

/** How numbers, money, percentages and dates look in one language. All formatting of BigDecimal is exact. */
public final class Formats {

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
        NumberFormat format = language == Language.EN
                // The JDK's English pattern glues the code to the number (DKK600.00); people write "DKK 600.00".
                ? new DecimalFormat("¤ #,##0.00;-¤ #,##0.00", DecimalFormatSymbols.getInstance(language.locale()))
                : NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(currency);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount).replace('\u00a0', ' ');
    }

    /** A ratio as a percentage with at most one decimal: 0.875 is {@code 87.5 %} / {@code 87,5 %}. */
    public String percent(BigDecimal ratio) {
        return number(ratio.movePointRight(2), 1) + " %";
    }

    /** A plain number with grouping and at most the given decimals. */
    public String number(BigDecimal value, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('\u00a0', ' ');
    }

    public String count(long value) {
        return wholeNumber(language, value);
    }

    /** A whole number with grouping: {@code 1,200} / {@code 1.200}. */
    static String wholeNumber(Language language, long value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        return format.format(value).replace('\u00a0', ' ');
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
