package app.bonusbot.config;

import app.bonusbot.core.text.NearestName;
import app.bonusbot.core.time.FiscalYear;
import java.time.Month;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** settings.yaml {@code fiscal_year_start}: the month the fiscal year starts in, by name (English or Danish) or number. */
final class FiscalYearStart {

    private static final String[] DANISH = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december"};
    private static final Map<String, Month> MONTHS = months();
    private static final List<String> ENGLISH = Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();

    private FiscalYearStart() {}

    static Optional<FiscalYear> read(YamlNode node) {
        return node.text().flatMap(text -> {
            Month month = MONTHS.get(text.toLowerCase(Locale.ROOT));
            if (month == null) {
                node.report("'" + text + "' is not a month: use a month name such as April, or its number 1 to 12"
                        + NearestName.hint(text.toLowerCase(Locale.ROOT), ENGLISH));
                return Optional.empty();
            }
            return Optional.of(new FiscalYear(month));
        });
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            months.put(month.name().toLowerCase(Locale.ROOT), month);
            months.put(DANISH[month.ordinal()], month);
            months.put(Integer.toString(month.getValue()), month);
            months.put(String.format(Locale.ROOT, "%02d", month.getValue()), month);
        }
        return Map.copyOf(months);
    }
}
