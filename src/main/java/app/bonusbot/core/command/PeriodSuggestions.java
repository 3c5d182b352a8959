package app.bonusbot.core.command;

import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The periods worth offering on a given day: {@code current} and {@code previous}, named with the periods they mean
 * for the plans in question, then the current and previous quarter, the current month and the current year by key.
 * Any other period key or word the core reads matches what it means, so {@code forrige} finds {@code previous} and
 * {@code 2025-Q2} is offered as typed.
 */
final class PeriodSuggestions {

    static final String CURRENT = "current";
    static final String PREVIOUS = "previous";

    private PeriodSuggestions() {}

    /** @param kinds the period kinds of the plans the answer will be about; empty when there are none */
    static List<Suggestion> suggest(String typed, LocalDate today, FiscalYear fiscalYear, Set<PeriodKind> kinds, Wording w) {
        List<Suggestion> all = new ArrayList<>();
        all.add(relative(w, "suggest.period.current", CURRENT, kinds, kind -> kind.containing(today, fiscalYear)));
        all.add(relative(w, "suggest.period.previous", PREVIOUS, kinds, kind -> kind.containing(today, fiscalYear).previous()));
        Period quarter = PeriodKind.QUARTER.containing(today, fiscalYear);
        for (Period period : List.of(quarter, quarter.previous(), PeriodKind.MONTH.containing(today, fiscalYear),
                PeriodKind.YEAR.containing(today, fiscalYear))) {
            all.add(keyed(w, period));
        }
        Optional<PeriodRequest> meant = typed == null || typed.isBlank() ? Optional.empty() : PeriodRequest.parse(typed);
        if (meant.isPresent() && meant.get() instanceof PeriodRequest.Explicit explicit) {
            Period named = fiscalYear.named(explicit.period());
            if (all.stream().noneMatch(s -> s.value().equals(named.key()))) {
                all.add(0, keyed(w, named));
            }
        }
        return all.stream().filter(s -> s.matches(typed) || meant.isPresent() && PeriodRequest.parse(s.value()).equals(meant)).toList();
    }

    private static Suggestion relative(Wording w, String key, String value, Set<PeriodKind> kinds, Function<PeriodKind, Period> period) {
        if (kinds.isEmpty()) {
            return Suggestion.of(w.t(key + ".plain"), value);
        }
        List<String> periods = new TreeSet<>(kinds).stream().map(kind -> w.period(period.apply(kind))).toList();
        return Suggestion.of(w.t(key, String.join(", ", periods)), value);
    }

    /** {@code Q4 2026 (2026-Q4)}: the period as people say it, with the key to type; a year is its own key. */
    private static Suggestion keyed(Wording w, Period period) {
        String said = w.period(period);
        return Suggestion.of(said.equals(period.key()) ? said : said + " (" + period.key() + ")", period.key());
    }
}
