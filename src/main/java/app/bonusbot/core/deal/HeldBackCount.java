package app.bonusbot.core.deal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Deals of one currency held back for want of an exchange rate, as reported by an import, a CRM sync and
 * {@code config check}: "3 deals in EUR are held back: no exchange rate for EUR on 2026-03-02 in settings.yaml".
 *
 * @param firstDate the earliest close date among them; null when they have none (no date to pick a rate by)
 * @param lastDate the latest; null with {@code firstDate}
 */
public record HeldBackCount(Currency currency, long deals, LocalDate firstDate, LocalDate lastDate) {

    public HeldBackCount {
        Objects.requireNonNull(currency, "currency");
    }

    /** One line: how many, in which currency, and what settings.yaml lacks. */
    public String describe() {
        String code = currency.getCurrencyCode();
        return (deals == 1 ? "1 deal in " + code + " is held back: " : deals + " deals in " + code + " are held back: ") + reason();
    }

    /** What settings.yaml lacks, in words. */
    public String reason() {
        String code = currency.getCurrencyCode();
        if (firstDate == null) {
            return "no close date to pick an exchange rate for " + code + " by";
        }
        if (firstDate.equals(lastDate)) {
            return "no exchange rate for " + code + " on " + firstDate + " in settings.yaml";
        }
        return "no exchange rate for " + code + " on their close dates, " + firstDate + " to " + lastDate + ", in settings.yaml";
    }
}
