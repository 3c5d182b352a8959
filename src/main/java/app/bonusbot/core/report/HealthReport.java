package app.bonusbot.core.report;

import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The plan health report of one period, compared with the periods before it.
 *
 * @param periods the report's period and those compared with, oldest first; the last is {@code period}
 * @param asOf the last day the figures cover (today, while the period runs)
 * @param company the whole company per period, oldest first
 * @param plans every plan in force in some of the periods, in plans.yaml order
 * @param surveys every configured survey with its rounds in the periods
 * @param prerequisites the four prerequisites (clarity, relevance, realistic targets, evaluation) and motivation, in that
 *     order, each beside the plan outcome it speaks about
 * @param findings in the order of the rules, then of the plans
 */
public record HealthReport(Period period, List<Period> periods, LocalDate asOf, Currency currency, ReportSettings settings, List<CompanyPeriod> company,
        List<PlanHealth> plans, List<SurveyHealth> surveys, List<PrerequisiteSide> prerequisites, List<Finding> findings) {

    public HealthReport {
        periods = List.copyOf(periods);
        company = List.copyOf(company);
        plans = List.copyOf(plans);
        surveys = List.copyOf(surveys);
        prerequisites = List.copyOf(prerequisites);
        findings = List.copyOf(findings);
    }

    /** The company in the report's period. */
    public CompanyPeriod latest() {
        return company.get(company.size() - 1);
    }
}
