package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a deal's amount into the company currency: at the rate in force on its close date, multiplied exactly and
 * rounded once to the cent, half up. Every way deals arrive (CSV import, CRM sync, a rate added later) goes through
 * {@link #convert}, so a deal never counts as the company currency when it is not.
 */
public record CurrencyConverter(Currency companyCurrency, ExchangeRates rates) {

    public CurrencyConverter {
        Objects.requireNonNull(companyCurrency, "companyCurrency");
        Objects.requireNonNull(rates, "rates");
    }

    /**
     * @param amount as the CRM gives it
     * @param currency the deal's currency; the company currency converts to itself
     * @param closeDate the date whose rate applies; null when the deal has none (then a foreign amount is held back)
     */
    public Conversion convert(BigDecimal amount, Currency currency, LocalDate closeDate) {
        if (currency.equals(companyCurrency)) {
            return new Conversion.Converted(amount, null);
        }
        if (closeDate == null) {
            return new Conversion.HeldBack(new ForeignAmount(amount, currency, null), null);
        }
        return rates.rateOn(currency, closeDate)
                .<Conversion>map(rate -> new Conversion.Converted(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP),
                        new ForeignAmount(amount, currency, rate)))
                .orElseGet(() -> new Conversion.HeldBack(new ForeignAmount(amount, currency, null), closeDate));
    }

    /**
     * As {@link #convert(BigDecimal, Currency, LocalDate)} for a currency code as a CRM writes it (HubSpot's
     * {@code deal_currency_code}); blank is the company currency.
     *
     * @throws IllegalArgumentException when the code is no ISO 4217 currency
     */
    public Conversion convert(BigDecimal amount, String currencyCode, LocalDate closeDate) {
        Currency currency = currencyCode == null || currencyCode.isBlank()
                ? companyCurrency
                : Currency.getInstance(currencyCode.strip().toUpperCase(Locale.ROOT));
        return convert(amount, currency, closeDate);
    }
}
