package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The company's exchange rates (settings.yaml {@code exchange_rates}): for each foreign currency, how many units of
 * the company currency one unit buys (EUR 7.46 with DKK as company currency: 1 EUR = 7.46 DKK). A fixed rate holds
 * on every date; dated rates each hold from their date until the next one's, and before the first there is none.
 */
public record ExchangeRates(Map<Currency, List<Step>> rates) {

    public static final ExchangeRates NONE = new ExchangeRates(Map.of());

    /** @param from the first date the rate holds; null for a fixed rate, which holds on every date */
    public record Step(LocalDate from, BigDecimal rate) {
        public Step {
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("an exchange rate must be greater than 0: " + rate);
            }
        }
    }

    public ExchangeRates {
        Map<Currency, List<Step>> sorted = new LinkedHashMap<>();
        rates.forEach((currency, steps) -> sorted.put(currency, steps.stream()
                .sorted(Comparator.comparing(Step::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList()));
        rates = Map.copyOf(sorted);
    }

    /** A single rate that holds on every date. */
    public static Step fixed(BigDecimal rate) {
        return new Step(null, rate);
    }

    /** The rate in force on {@code date}; empty when the currency has none then. */
    public Optional<BigDecimal> rateOn(Currency currency, LocalDate date) {
        BigDecimal found = null;
        for (Step step : rates.getOrDefault(currency, List.of())) {
            if (step.from() == null || !step.from().isAfter(date)) {
                found = step.rate();
            }
        }
        return Optional.ofNullable(found);
    }
}
