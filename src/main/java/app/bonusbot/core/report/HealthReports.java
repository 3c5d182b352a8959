package app.bonusbot.core.report;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
        Map<String, PeriodClose> closed = closedPeriods.closed();
        PeriodPays reader = new PeriodPays(company, facts, closedPeriods);
        List<PeriodPay> pays = periods.stream().map(p -> reader.of(p, today, closed.containsKey(p.key()))).toList();
        SmallGroups groups = new SmallGroups(settings.minGroupSize(), settings.showIndividualPay());
        KindFigures kinds = new KindFigures(company.directory(), groups, new JoinerFigures(facts, groups, settings.showIndividualPay()));
        PlanSections planSections = new PlanSections(company, new Evaluator(company, facts), groups, kinds, settings.showIndividualPay());
        List<PlanHealth> plans = planSections.plans(pays, today);
        List<CompanyPeriod> companyPeriods = planSections.company(pays);
        List<SurveyHealth> surveyHealth = new SurveySections(surveys, company.directory()).of(periods.get(0).start(), period.end());
        PlanChanges changes = PlanChanges.of(company.versions());
        List<PrerequisiteSide> sides = PrerequisiteSides.of(surveyHealth, surveys.all(), plans, companyPeriods, changes);
        List<Finding> findings = new FindingRules(settings, changes).of(period, companyPeriods, plans, surveyHealth, sides);
        return new HealthReport(period, periods, today.isBefore(period.end()) ? today : period.end(), company.settings().currency(), settings,
                companyPeriods, plans, surveyHealth, sides, findings);
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
