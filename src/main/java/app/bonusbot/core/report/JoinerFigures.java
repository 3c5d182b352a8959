package app.bonusbot.core.report;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The joiners of a performance plan in a period: hired within it, their days to a first won deal (any deal, from the
 * hire date to the period's end) and their attainment against the target the engine prorated for their days.
 */
final class JoinerFigures {

    private final DealFacts facts;
    private final SmallGroups groups;
    private final boolean listed;

    /** @param listed whether each joiner is listed (settings.yaml shows individual pay) */
    JoinerFigures(DealFacts facts, SmallGroups groups, boolean listed) {
        this.facts = facts;
        this.groups = groups;
        this.listed = listed;
    }

    /** @param results a performance plan's results with whose they are */
    Joiners of(List<PaidResult> results) {
        List<Joiners.Joiner> joiners = new ArrayList<>();
        for (PaidResult paid : results) {
            PlanResult.Performance result = (PlanResult.Performance) paid.result();
            Person person = paid.person();
            if (person.hireDate() == null || person.hireDate().isBefore(result.period().start())
                    || person.hireDate().isAfter(result.period().end())) {
                continue;
            }
            List<Deal> won = facts.wonDeals(person.id(), new DateRange(person.hireDate(), result.period().end()), DealFilter.ANY);
            Optional<Long> days = won.stream().map(Deal::closeDate).min(java.time.LocalDate::compareTo)
                    .map(first -> ChronoUnit.DAYS.between(person.hireDate(), first));
            joiners.add(new Joiners.Joiner(person.id(), person.name(), person.hireDate(), days, result.attainment()));
        }
        List<BigDecimal> days = joiners.stream().flatMap(j -> j.daysToFirstWin().stream()).map(BigDecimal::valueOf).toList();
        List<BigDecimal> attainments = joiners.stream().flatMap(j -> j.proratedAttainment().stream()).toList();
        Slice<Optional<BigDecimal>> medianDays = groups.slice(groups.shows(days.size()),
                days.isEmpty() ? Optional.empty() : Optional.of(Concentrations.median(days, 1)));
        Slice<Optional<BigDecimal>> medianAttainment = groups.slice(groups.shows(attainments.size()),
                attainments.isEmpty() ? Optional.empty() : Optional.of(Concentrations.median(attainments, 4)));
        return new Joiners(joiners.size(), days.size(), medianDays, medianAttainment, listed ? joiners : List.of());
    }
}
