package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.Conversion;
import app.bonusbot.core.deal.CurrencyConverter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml exchange_rates: a fixed rate or rates by effective date, each 1 unit of the currency in the company's. */
class ExchangeRatesConfigTest {

    private static final String RATES = """
            exchange_rates:
              EUR: 7.46
              usd:
                - {from: 2026-01-01, rate: 6.90}
                - {from: 2026-07-01, rate: 6.85}
            """;

    @TempDir
    Path dir;

    private ConfigDir settings(String rates) {
        return ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + rates);
    }

    private static Optional<BigDecimal> rate(CurrencyConverter converter, String code, String date) {
        return converter.convert(BigDecimal.ONE, code, LocalDate.parse(date)) instanceof Conversion.Converted c && c.original() != null
                ? Optional.of(c.original().rate())
                : Optional.empty();
    }

    @Test
    void a_fixed_rate_holds_on_every_date_and_dated_rates_from_their_date_until_the_next() {
        // when
        CurrencyConverter converter = settings(RATES).load().settings().converter();

        // then
        assertEquals(Optional.of(new BigDecimal("7.46")), rate(converter, "EUR", "1999-12-31"));
        assertEquals(Optional.empty(), rate(converter, "USD", "2025-12-31"));
        assertEquals(Optional.of(new BigDecimal("6.90")), rate(converter, "USD", "2026-06-30"));
        assertEquals(Optional.of(new BigDecimal("6.85")), rate(converter, "USD", "2026-07-01"));
        assertEquals(Optional.empty(), rate(converter, "SEK", "2026-07-01"));
    }

    @Test
    void bad_rates_are_reported_with_line_and_field() {
        // given
        String rates = """
                exchange_rates:
                  DKK: 1
                  EURO: 7.46
                  USD: -6.9
                  SEK:
                    - {from: 2026-01-01, rate: 0.64}
                    - {from: 2026-01-01, rate: 0.65}
                    - {rate: 0.66}
                """;

        // when
        List<String> problems = settings(rates).problems();

        // then
        assertEquals(List.of(
                "settings.yaml:7 exchange_rates.DKK: DKK is the company currency (currency: DKK); it needs no exchange rate",
                "settings.yaml:8 exchange_rates.EURO: unknown currency 'EURO': use an ISO 4217 code such as EUR or USD",
                "settings.yaml:9 exchange_rates.USD: must be greater than 0",
                "settings.yaml:12 exchange_rates.SEK[1].from: another rate also starts on 2026-01-01 (line 11)",
                "settings.yaml:13 exchange_rates.SEK[2].from: is required"), problems);
    }
}
