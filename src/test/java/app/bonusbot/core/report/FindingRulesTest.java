package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule fires at its threshold and not just short of it, on figures made by hand. */
class FindingRulesTest {

    private static final Period Q2 = Period.parse("2026-Q2").orElseThrow();
    private static final Period Q3 = Period.parse("2026-Q3").orElseThrow();
    private static final LocalizedText PLAN = LocalizedText.of("Quarterly plan");

    private static List<Finding> findings(List<CompanyPeriod> company, List<PlanHealth> plans, List<SurveyHealth> surveys, List<PrerequisiteSide> sides,
            PlanChanges changes) {
        return new FindingRules(ReportSettings.DEFAULTS, changes).of(Q3, company, plans, surveys, sides);
    }

    private static List<Finding> ofPlans(PlanHealth... plans) {
        return findings(List.of(), List.of(plans), List.of(), List.of(), new PlanChanges(List.of()));
    }

    private static AttainmentSpread spread(int below, int atCap, int of) {
        return new AttainmentSpread(Optional.of(new BigDecimal("0.5")), true, of, List.of(), Share.of(below, of), Share.of(of - below - atCap, of),
                Share.of(atCap, of), Share.of(atCap, of));
    }

    private static PlanHealth performance(AttainmentSpread spread, Slice<Concentration> concentration) {
        Slice<PayoutCost> cost = Slice.shown(Revenues.cost(BigDecimal.TEN, BigDecimal.TEN, spread.measured()));
        PlanPeriod period = new PlanPeriod(Q3, false, Optional.empty(), spread.measured(), cost, List.of(), concentration,
                new PlanFigures.Performance(Optional.of(spread), new Joiners(0, 0, Slice.hidden(3), Slice.hidden(3), List.of())), List.of());
        return new PlanHealth("quarterly", PLAN, "performance", List.of(period));
    }

    private static List<FindingRule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void the_below_threshold_rule_fires_at_fifty_percent_and_not_below() {
        // GIVEN 10 of 20 sellers below the threshold (50.0 %), and 49 of 100 (49.0 %)
        List<Finding> at = ofPlans(performance(spread(10, 0, 20), Slice.hidden(3)));
        List<Finding> under = ofPlans(performance(spread(49, 0, 100), Slice.hidden(3)));
        // THEN the first is a finding with its share and the plan, the second none
        assertEquals(List.of(FindingRule.BELOW_THRESHOLD), rules(at));
        assertEquals(List.of(new FindingValue.Percent(new BigDecimal("50.0")), new FindingValue.Name(PLAN)), at.get(0).values());
        assertEquals("report.finding.below_threshold", at.get(0).textKey());
        assertEquals(List.of(), rules(under));
    }

    @Test
    void the_cap_rule_fires_at_ten_percent_and_not_below() {
        // GIVEN 12 of 100 at the cap (the 12 %), 10 of 100, and 99 of 1,000 (9.9 %)
        assertEquals(List.of(FindingRule.CAP_HIT), rules(ofPlans(performance(spread(0, 12, 100), Slice.hidden(3)))));
        assertEquals(List.of(FindingRule.CAP_HIT), rules(ofPlans(performance(spread(0, 10, 100), Slice.hidden(3)))));
        assertEquals(List.of(), rules(ofPlans(performance(spread(0, 99, 1000), Slice.hidden(3)))));
    }

    @Test
    void the_top_share_rule_fires_at_half_the_payout_and_only_where_concentration_is_shown() {
        Concentration half = new Concentration(30, 3, new BigDecimal("50.0"), BigDecimal.ONE);
        Concentration less = new Concentration(30, 3, new BigDecimal("49.9"), BigDecimal.ONE);
        assertEquals(List.of(FindingRule.TOP_SHARE), rules(ofPlans(performance(spread(0, 0, 30), Slice.shown(half)))));
        assertEquals(List.of(), rules(ofPlans(performance(spread(0, 0, 30), Slice.shown(less)))));
        assertEquals(List.of(), rules(ofPlans(performance(spread(0, 0, 30), Slice.hidden(3)))));
    }

    private static PlanHealth teamPlan(boolean... earned) {
        List<PlanPeriod> periods = new ArrayList<>();
        List<Period> all = HealthReports.periods(Q3, earned.length - 1);
        for (int i = 0; i < earned.length; i++) {
            PoolOutcome pool = new PoolOutcome("north", "North", Optional.empty(), earned[i], Slice.hidden(3), TeamSplit.EQUAL, 4, Optional.empty(),
                    Optional.empty());
            periods.add(new PlanPeriod(all.get(i), false, Optional.empty(), 4, Slice.hidden(3), List.of(), Slice.hidden(3),
                    new PlanFigures.Team(Optional.empty(), List.of(pool)), List.of()));
        }
        return new PlanHealth("pool", LocalizedText.of("Team pool"), "team", periods);
    }

    @Test
    void the_pool_rule_fires_when_the_pool_was_missed_three_periods_in_a_row() {
        // GIVEN North's pool missed in the last three periods, and earned in the middle of four
        List<Finding> three = ofPlans(teamPlan(true, false, false, false));
        // THEN the first says three periods; missing two in a row is no finding
        assertEquals(List.of(FindingRule.POOL_MISSED), rules(three));
        assertEquals(new FindingValue.Count(3), three.get(0).values().get(1));
        assertEquals(List.of(), rules(ofPlans(teamPlan(false, true, false, false))));
    }

    private static CompanyPeriod company(Period period, String costOfSales) {
        return new CompanyPeriod(period, false, Slice.shown(new PayoutCost(BigDecimal.ONE, BigDecimal.TEN, Optional.of(new BigDecimal(costOfSales)), 10)),
                List.of());
    }

    @Test
    void the_cost_of_sales_rule_fires_on_a_rise_of_one_point_and_not_less() {
        // GIVEN 4.2 % then 6.8 % (the issue's), 4.2 % then 5.2 %, and 4.2 % then 5.1 %
        List<Finding> rose = findings(List.of(company(Q2, "4.2"), company(Q3, "6.8")), List.of(), List.of(), List.of(), new PlanChanges(List.of()));
        assertEquals(List.of(FindingRule.COST_OF_SALES_RISE), rules(rose));
        assertEquals(List.of(new FindingValue.Percent(new BigDecimal("4.2")), new FindingValue.Percent(new BigDecimal("6.8")), new FindingValue.PeriodName(Q2),
                new FindingValue.PeriodName(Q3)), rose.get(0).values());
        assertEquals(1, findings(List.of(company(Q2, "4.2"), company(Q3, "5.2")), List.of(), List.of(), List.of(), new PlanChanges(List.of())).size());
        assertEquals(0, findings(List.of(company(Q2, "4.2"), company(Q3, "5.1")), List.of(), List.of(), List.of(), new PlanChanges(List.of())).size());
    }

    private static PrerequisiteSide clarity(String before, String after) {
        return new PrerequisiteSide(Prerequisite.CLARITY, List.of(new TrendPoint(1, LocalDate.of(2026, 7, 1), Optional.of(new BigDecimal(before))),
                new TrendPoint(2, LocalDate.of(2026, 10, 1), Optional.of(new BigDecimal(after)))), PlanOutcome.PLAN_CHANGES, List.of());
    }

    @Test
    void the_survey_rule_says_the_plan_changed_when_a_version_took_effect_between_the_rounds() {
        // GIVEN clarity 4.1 in July, 3.2 in October, and a plan version from 1 October
        List<Finding> found = findings(List.of(), List.of(), List.of(), List.of(clarity("4.1", "3.2")), new PlanChanges(List.of(LocalDate.of(2026, 10, 1))));
        // THEN "clarity fell from 4.1 to 3.2 since the plan changed on 1 Oct"
        assertEquals(List.of(FindingRule.SURVEY_DROP), rules(found));
        assertEquals("report.finding.survey_drop_plan_changed", found.get(0).textKey());
        assertEquals(List.of(new FindingValue.Text("report.prerequisite.clarity"), new FindingValue.Mean(new BigDecimal("4.1")),
                new FindingValue.Mean(new BigDecimal("3.2")), new FindingValue.Day(LocalDate.of(2026, 10, 1))), found.get(0).values());
    }

    @Test
    void the_survey_rule_fires_on_a_drop_of_half_a_point_and_not_less() {
        PlanChanges none = new PlanChanges(List.of());
        List<Finding> half = findings(List.of(), List.of(), List.of(), List.of(clarity("4.10", "3.60")), none);
        assertEquals("report.finding.survey_drop", half.get(0).textKey());
        assertEquals(new FindingValue.Day(LocalDate.of(2026, 7, 1)), half.get(0).values().get(3));
        assertEquals(List.of(), findings(List.of(), List.of(), List.of(), List.of(clarity("4.10", "3.61")), none));
    }

    private static SurveyHealth survey(int audience, int respondents) {
        SurveyRoundHealth round = new SurveyRoundHealth(7, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), audience, respondents,
                Share.of(respondents, audience).percent(), List.of(), List.of());
        return new SurveyHealth("bonus", LocalizedText.of("Bonus survey"), 5, List.of(round), List.of());
    }

    @Test
    void the_response_rule_fires_below_half_and_not_at_half() {
        assertEquals(List.of(FindingRule.LOW_RESPONSE),
                rules(findings(List.of(), List.of(), List.of(survey(20, 9)), List.of(), new PlanChanges(List.of()))));
        assertEquals(List.of(), rules(findings(List.of(), List.of(), List.of(survey(20, 10)), List.of(), new PlanChanges(List.of()))));
    }

    @Test
    void a_rule_turned_off_or_given_another_threshold_in_settings_is_followed() {
        // GIVEN 30 % below threshold: no finding at the default 50, one at a configured 30, none when the rule is off
        PlanHealth plan = performance(spread(3, 0, 10), Slice.hidden(3));
        ReportSettings thirty = new ReportSettings(4, false, 3, Map.of(FindingRule.BELOW_THRESHOLD, new BigDecimal("30")), Set.of());
        ReportSettings off = new ReportSettings(4, false, 3, Map.of(FindingRule.BELOW_THRESHOLD, new BigDecimal("30")), Set.of(FindingRule.BELOW_THRESHOLD));
        assertEquals(List.of(), rules(ofPlans(plan)));
        assertEquals(List.of(FindingRule.BELOW_THRESHOLD), rules(new FindingRules(thirty, new PlanChanges(List.of())).of(Q3, List.of(), List.of(plan), List.of(), List.of())));
        assertEquals(List.of(), rules(new FindingRules(off, new PlanChanges(List.of())).of(Q3, List.of(), List.of(plan), List.of(), List.of())));
    }
}
