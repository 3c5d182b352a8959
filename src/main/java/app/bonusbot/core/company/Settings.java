package app.bonusbot.core.company;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.time.FiscalYear;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/**
 * Company-wide settings from bot-config/settings.yaml.
 *
 * @param currency the company currency, in which every amount counts
 * @param exchangeRates how deals in other currencies convert into it
 * @param fiscalYear the fiscal year that quarters and years follow
 */
public record Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds, DisplayNames names,
        ExchangeRates exchangeRates, FiscalYear fiscalYear) {
    public Settings {
        fiscalYear = fiscalYear == null ? FiscalYear.CALENDAR : fiscalYear;
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
        names = names == null ? DisplayNames.NONE : names;
        exchangeRates = exchangeRates == null ? ExchangeRates.NONE : exchangeRates;
    }

    /** Settings whose fiscal year is the calendar year. */
    public Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds, DisplayNames names,
            ExchangeRates exchangeRates) {
        this(companyName, zone, currency, language, adminIds, names, exchangeRates, FiscalYear.CALENDAR);
    }

    /** Settings without exchange rates: a deal in another currency is held back. */
    public Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds, DisplayNames names) {
        this(companyName, zone, currency, language, adminIds, names, ExchangeRates.NONE);
    }

    /** Settings that name no deal type or pipeline: they are shown as written. */
    public Settings(String companyName, ZoneId zone, Currency currency, Language language, Set<String> adminIds) {
        this(companyName, zone, currency, language, adminIds, DisplayNames.NONE);
    }

    /** Converts deal amounts into the company currency at these rates. */
    public CurrencyConverter converter() {
        return new CurrencyConverter(currency, exchangeRates);
    }

    public boolean isAdmin(String personId) {
        return adminIds.contains(personId);
    }
}
