package app.bonusbot.crm.hubspot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place a synced deal's amount becomes an amount in the company currency ({@code deal_currency_code}). A blank
 * currency is the company's. What cannot be converted is held back, never counted as the company currency.
 */
@FunctionalInterface
public interface DealCurrency {

    /** @param currencyCode the deal's {@code deal_currency_code}; null when blank */
    Conversion convert(BigDecimal amount, String currencyCode, LocalDate closeDate);

    /** The amount in the company currency, or the reason the deal is held back. */
    record Conversion(Optional<BigDecimal> amount, String heldBackReason) {

        public static Conversion of(BigDecimal amount) {
            return new Conversion(Optional.of(Objects.requireNonNull(amount)), null);
        }

        public static Conversion heldBack(String reason) {
            return new Conversion(Optional.empty(), Objects.requireNonNull(reason));
        }
    }

    /** Without exchange rates: the company currency as it is, any other held back for want of a rate. */
    static DealCurrency companyOnly(Currency company) {
        return (amount, code, closeDate) -> code == null || code.isBlank() || code.trim().equalsIgnoreCase(company.getCurrencyCode())
                ? Conversion.of(amount)
                : Conversion.heldBack("no exchange rate for " + code.trim().toUpperCase(Locale.ROOT));
    }
}
