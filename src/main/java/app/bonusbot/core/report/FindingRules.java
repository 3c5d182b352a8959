package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of a report: each {@link FindingRule} applied to the report's figures with its threshold from
 * settings.yaml. Plan rules look at each plan's figures of the report's period; comparisons look at the period (or
 * round) before. A rule compares the rounded figures a reader sees, so "50.0 %" fires a rule of 50.
 */
final class FindingRules {

    /** The kinds that pay for results, whose concentration says something about the plan (not retention or stock). */
    private static final java.util.Set<String> PAID_ON_RESULTS = java.util.Set.of("performance", "team", "milestone");

    private final ReportSettings settings;
    private final PlanChanges changes;

    FindingRules(ReportSettings settings, PlanChanges changes) {
        this.settings = settings;
        this.changes = changes;
    }

    List<Finding> of(Period period, List<CompanyPeriod> company, List<PlanHealth> plans, List<SurveyHealth> surveys, List<PrerequisiteSide> sides) {
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : FindingRule.values()) {
            settings.threshold(rule).ifPresent(threshold -> findings.addAll(switch (rule) {
                case BELOW_THRESHOLD, CAP_HIT -> attainment(rule, threshold, period, plans);
                case TOP_SHARE -> topShare(threshold, period, plans);
                case POOL_MISSED -> poolMissed(threshold.intValue(), period, plans);
                case COST_OF_SALES_RISE -> costOfSales(threshold, company);
                case SURVEY_DROP -> surveyDrop(threshold, sides);
                case LOW_RESPONSE -> lowResponse(threshold, surveys);
            }));
        }
        return findings;
    }

    private static List<Finding> attainment(FindingRule rule, BigDecimal threshold, Period period, List<PlanHealth> plans) {
        List<Finding> findings = new ArrayList<>();
        for (PlanHealth plan : plans) {
            Optional<AttainmentSpread> spread = latest(plan, period)
                    .filter(p -> p.figures() instanceof PlanFigures.Performance)
                    .flatMap(p -> ((PlanFigures.Performance) p.figures()).attainment())
                    .filter(s -> s.measured() > 0);
            if (spread.isEmpty()) {
                continue;
            }
            Share share = rule == FindingRule.BELOW_THRESHOLD ? spread.get().belowThreshold() : spread.get().atCap();
            boolean applies = rule == FindingRule.BELOW_THRESHOLD ? spread.get().threshold().isPresent() : spread.get().hasCap();
            if (applies && share.percent().compareTo(threshold) >= 0) {
                findings.add(new Finding(rule, rule.textKey(), List.of(new FindingValue.Percent(share.percent()), new FindingValue.Name(plan.name())),
                        Optional.of(plan.planId())));
            }
        }
        return findings;
    }

    private static List<Finding> topShare(BigDecimal threshold, Period period, List<PlanHealth> plans) {
        List<Finding> findings = new ArrayList<>();
        for (PlanHealth plan : plans) {
            if (!PAID_ON_RESULTS.contains(plan.kind())) {
                continue;
            }
            Optional<Concentration> concentration = latest(plan, period).flatMap(p -> p.concentration().shownValue())
                    .filter(c -> c.people() > c.topPeople() && c.topShare().signum() > 0);
            if (concentration.isPresent() && concentration.get().topShare().compareTo(threshold) >= 0) {
                findings.add(new Finding(FindingRule.TOP_SHARE, FindingRule.TOP_SHARE.textKey(), List.of(new FindingValue.Percent(concentration.get().topShare()),
                        new FindingValue.Name(plan.name()), new FindingValue.Count(concentration.get().topPeople())), Optional.of(plan.planId())));
            }
        }
        return findings;
    }

    /** A team whose pool was not earned in each of the last {@code periods} periods of the plan, the report's the last. */
    private static List<Finding> poolMissed(int periods, Period period, List<PlanHealth> plans) {
        List<Finding> findings = new ArrayList<>();
        for (PlanHealth plan : plans) {
            Optional<PlanPeriod> latest = latest(plan, period);
            if (periods < 1 || latest.isEmpty() || !(latest.get().figures() instanceof PlanFigures.Team team)) {
                continue;
            }
            for (PoolOutcome pool : team.pools()) {
                int missed = 0;
                for (int i = plan.periods().size() - 1; i >= 0; i--) {
                    Optional<PoolOutcome> then = plan.periods().get(i).figures() instanceof PlanFigures.Team t
                            ? t.pools().stream().filter(p -> p.teamId().equals(pool.teamId())).findFirst() : Optional.empty();
                    if (then.isEmpty() || then.get().earned()) {
                        break;
                    }
                    missed++;
                }
                if (missed >= periods) {
                    findings.add(new Finding(FindingRule.POOL_MISSED, FindingRule.POOL_MISSED.textKey(), List.of(new FindingValue.Name(LocalizedText.of(pool.teamName())),
                            new FindingValue.Count(missed), new FindingValue.Name(plan.name())), Optional.of(plan.planId())));
                }
            }
        }
        return findings;
    }

    private static List<Finding> costOfSales(BigDecimal threshold, List<CompanyPeriod> company) {
        if (company.size() < 2) {
            return List.of();
        }
        CompanyPeriod before = company.get(company.size() - 2);
        CompanyPeriod now = company.get(company.size() - 1);
        Optional<BigDecimal> was = before.cost().shownValue().flatMap(PayoutCost::costOfSales);
        Optional<BigDecimal> is = now.cost().shownValue().flatMap(PayoutCost::costOfSales);
        if (was.isEmpty() || is.isEmpty() || is.get().subtract(was.get()).compareTo(threshold) < 0) {
            return List.of();
        }
        return List.of(new Finding(FindingRule.COST_OF_SALES_RISE, FindingRule.COST_OF_SALES_RISE.textKey(), List.of(new FindingValue.Percent(was.get()),
                new FindingValue.Percent(is.get()), new FindingValue.PeriodName(before.period()), new FindingValue.PeriodName(now.period())), Optional.empty()));
    }

    /**
     * A prerequisite whose mean fell by at least the threshold from its shown round before to its latest shown round;
     * worded "since the plan changed on …" when a plan version took effect after the earlier round opened, up to the
     * day the later one did.
     */
    private List<Finding> surveyDrop(BigDecimal threshold, List<PrerequisiteSide> sides) {
        List<Finding> findings = new ArrayList<>();
        for (PrerequisiteSide side : sides) {
            List<TrendPoint> shown = side.answers().stream().filter(p -> p.mean().isPresent()).toList();
            if (shown.size() < 2) {
                continue;
            }
            TrendPoint before = shown.get(shown.size() - 2);
            TrendPoint now = shown.get(shown.size() - 1);
            BigDecimal was = before.mean().get();
            BigDecimal is = now.mean().get();
            if (was.subtract(is).compareTo(threshold) < 0) {
                continue;
            }
            List<LocalDate> changed = changes.within(before.opened().plusDays(1), now.opened());
            FindingRule rule = FindingRule.SURVEY_DROP;
            FindingValue name = new FindingValue.Text(PlanOutcome.shortNameKey(side.prerequisite()));
            findings.add(changed.isEmpty()
                    ? new Finding(rule, rule.textKey(), List.of(name, new FindingValue.Mean(was), new FindingValue.Mean(is), new FindingValue.Day(before.opened())),
                            Optional.empty())
                    : new Finding(rule, rule.textKey() + "_plan_changed", List.of(name, new FindingValue.Mean(was), new FindingValue.Mean(is),
                            new FindingValue.Day(changed.get(changed.size() - 1))), Optional.empty()));
        }
        return findings;
    }

    private static List<Finding> lowResponse(BigDecimal threshold, List<SurveyHealth> surveys) {
        List<Finding> findings = new ArrayList<>();
        for (SurveyHealth survey : surveys) {
            if (survey.rounds().isEmpty()) {
                continue;
            }
            SurveyRoundHealth latest = survey.rounds().get(survey.rounds().size() - 1);
            if (latest.audience() > 0 && latest.responseRate().compareTo(threshold) < 0) {
                findings.add(new Finding(FindingRule.LOW_RESPONSE, FindingRule.LOW_RESPONSE.textKey(), List.of(new FindingValue.Percent(latest.responseRate()),
                        new FindingValue.Name(survey.name()), new FindingValue.Day(latest.opened())), Optional.empty()));
            }
        }
        return findings;
    }

    /** The plan's figures of the report's period, when it was in force then. */
    private static Optional<PlanPeriod> latest(PlanHealth plan, Period period) {
        return plan.latest().filter(p -> !p.period().end().isBefore(period.start()) && !p.period().end().isAfter(period.end()));
    }
}
