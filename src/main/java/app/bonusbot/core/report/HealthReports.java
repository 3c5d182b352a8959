package app.bonusbot.core.report;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds the plan health report: the entry point of this package. Reads the engine's statements of each period (as
 * {@code bonusbot close --preview} works them out), the frozen pay of closed periods, the deals, and the survey rounds
 * with their anonymity rules; works out no plan math of its own.
 */
public final class HealthReports {

    private final Company company;
    private final DealFacts facts;
    private final ClosedPeriods closedPeriods;
    private final Surveys surveys;
    private final ReportSettings settings;

    public HealthReports(Company company, DealFacts facts, ClosedPeriods closedPeriods, Surveys surveys, ReportSettings settings) {
        this.company = company;
        this.facts = facts;
        this.closedPeriods = closedPeriods;
        this.surveys = surveys;
        this.settings = settings;
    }

    /** The report of the period, compared with {@link ReportSettings#previousPeriods()} periods of its kind before it. */
    public HealthReport report(Period period, LocalDate today) {
        List<Period> periods = periods(period, settings.previousPeriods());
        return new HealthReport(period, periods, today.isBefore(period.end()) ? today : period.end(), company.settings().currency(), settings,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The period and the {@code previous} periods of its kind before it, oldest first. */
    public static List<Period> periods(Period period, int previous) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        periods.add(p);
        for (int i = 0; i < previous; i++) {
            p = p.fiscalYear().containing(p.kind(), p.start().minusDays(1));
            periods.add(p);
        }
        Collections.reverse(periods);
        return periods;
    }
}
