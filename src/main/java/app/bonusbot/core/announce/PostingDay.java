package app.bonusbot.core.announce;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.CompanyAtOnce;
import app.bonusbot.core.engine.CompanyDeals;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the posts of one day are made from: the company as it stood, and every owner's deals of the days the posts
 * look at (their plans' periods up to the day, back to the day after each team's previous post), read for everyone at
 * once rather than member by member. A post compares the day with its previous post, so the months of those days are
 * summed day by day.
 */
final class PostingDay {

    private final Company company;
    private final LocalDate date;
    private final Set<LocalDate> previousDays;
    private final DateRange wonSpan;
    private final DealFacts facts;

    private PostingDay(Company company, LocalDate date, Set<LocalDate> previousDays, DealFacts ledger, CompanyDeals deals) {
        this.company = company;
        this.date = date;
        this.previousDays = Set.copyOf(previousDays);
        LocalDate tallyFrom = date;
        LocalDate wonFrom = date;
        for (Plan plan : company.plans()) {
            LocalDate start = plan.periodKind().containing(date, company.settings().fiscalYear()).start();
            if (plan instanceof PerformancePlan || plan instanceof TeamPlan) {
                tallyFrom = earlier(tallyFrom, start);
            } else if (plan instanceof MilestonePlan) {
                wonFrom = earlier(wonFrom, start);
            }
        }
        Set<YearMonth> dayByDay = new HashSet<>();
        dayByDay.add(YearMonth.from(date));
        for (LocalDate previous : previousDays) {
            dayByDay.add(YearMonth.from(previous));
            if (previous.isBefore(date)) {
                // The events of the week: won deals since the previous post.
                wonFrom = earlier(wonFrom, previous.plusDays(1));
            }
        }
        this.wonSpan = new DateRange(wonFrom, date);
        this.facts = new CompanyAtOnce(ledger, deals, new DateRange(tallyFrom, date), wonSpan, dayByDay);
    }

    /** @param previousDays the days of the previous posts of the teams to be posted */
    static PostingDay of(Company company, LocalDate date, Collection<LocalDate> previousDays, DealFacts ledger, CompanyDeals deals) {
        return new PostingDay(company, date, Set.copyOf(previousDays), ledger, deals);
    }

    /**
     * Whether posts of that company and day, looking back to those previous posts, are made from this one: the company
     * must be the very snapshot this was read with, which a store replaces after every write to people or deals.
     */
    boolean serves(Company c, LocalDate d, Collection<LocalDate> previous) {
        return c == company && d.equals(date) && previousDays.containsAll(previous);
    }

    /** This day widened to further previous posts, read afresh. */
    PostingDay with(Collection<LocalDate> previous, DealFacts ledger, CompanyDeals deals) {
        return of(company, date, Stream.concat(previousDays.stream(), previous.stream()).toList(), ledger, deals);
    }

    /** The deals as the engine reads them for these posts. */
    DealFacts facts() {
        return facts;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }
}
