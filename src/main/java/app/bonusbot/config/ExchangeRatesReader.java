package app.bonusbot.config;

import app.bonusbot.core.deal.ExchangeRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * settings.yaml {@code exchange_rates}: per foreign currency either one fixed rate ({@code EUR: 7.46}) or rates by
 * effective date ({@code USD: [{from: 2026-01-01, rate: 6.90}, {from: 2026-07-01, rate: 6.85}]}). A rate is how many
 * units of the company currency one unit of the foreign currency buys.
 */
final class ExchangeRatesReader {

    private static final List<String> STEP_FIELDS = List.of("from", "rate");

    private ExchangeRatesReader() {}

    static Optional<ExchangeRates> read(YamlNode node, Optional<Currency> companyCurrency) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = section.get();
        Map<Currency, List<ExchangeRates.Step>> rates = new LinkedHashMap<>();
        boolean ok = true;
        for (String code : m.keys()) {
            YamlNode value = m.raw(code).get();
            Optional<Currency> currency = currency(code);
            if (currency.isEmpty()) {
                value.report("unknown currency '" + code + "': use an ISO 4217 code such as EUR or USD");
                ok = false;
                continue;
            }
            if (companyCurrency.isPresent() && companyCurrency.get().equals(currency.get())) {
                value.report(code + " is the company currency (currency: " + code + "); it needs no exchange rate");
                ok = false;
                continue;
            }
            Optional<List<ExchangeRates.Step>> steps = value.isList() ? dated(value) : fixed(value);
            ok &= steps.isPresent();
            steps.ifPresent(s -> rates.put(currency.get(), s));
        }
        return ok ? Optional.of(new ExchangeRates(rates)) : Optional.empty();
    }

    private static Optional<Currency> currency(String code) {
        if (code.strip().length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<ExchangeRates.Step>> fixed(YamlNode value) {
        return value.positive().map(rate -> List.of(ExchangeRates.fixed(rate)));
    }

    private static Optional<List<ExchangeRates.Step>> dated(YamlNode value) {
        Optional<List<YamlNode>> items = value.nonEmptyList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<ExchangeRates.Step> steps = new ArrayList<>();
        Map<LocalDate, YamlNode> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> fields = item.map();
            if (fields.isEmpty()) {
                ok = false;
                continue;
            }
            YamlMap step = fields.get().only(STEP_FIELDS);
            Optional<LocalDate> from = step.required("from").flatMap(YamlNode::date);
            Optional<BigDecimal> rate = step.required("rate").flatMap(YamlNode::positive);
            if (from.isPresent()) {
                YamlNode first = seen.putIfAbsent(from.get(), item);
                if (first != null) {
                    step.report("from", "another rate also starts on " + from.get() + " (line " + first.line() + ")");
                    ok = false;
                }
            }
            if (from.isEmpty() || rate.isEmpty()) {
                ok = false;
                continue;
            }
            steps.add(new ExchangeRates.Step(from.get(), rate.get()));
        }
        return ok ? Optional.of(steps) : Optional.empty();
    }
}
