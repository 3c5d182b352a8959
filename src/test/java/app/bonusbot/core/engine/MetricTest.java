package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.deal;
import static app.bonusbot.core.engine.Deals.lost;
import static app.bonusbot.core.engine.Deals.open;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.marginal;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each metric measures over the deals closed in the period, through a performance plan. */
class MetricTest {

    private static final Person ANNA = People.seller("anna");

    private static PerformancePlan planOn(MetricKind kind, DealFilter filter) {
        return bonusPlan(PeriodKind.QUARTER, new Metric(kind, filter), marginal(band("0", null, "1")), "100", "1000");
    }

    private static BigDecimal metric(Scenario scenario, PerformancePlan plan) {
        return ((PlanResult.Performance) scenario.evaluate(plan, ANNA, "2026-Q4", "2027-01-15")).metric();
    }

    @Test
    void a_deal_counts_in_the_quarter_containing_its_close_date_from_first_to_last_day() {
        // given
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "1.00", "2026-09-30"),
                won("anna", "10.00", "2026-10-01"),
                won("anna", "100.00", "2026-12-31"),
                won("anna", "1000.00", "2027-01-01"));

        // when
        BigDecimal sum = metric(scenario, planOn(MetricKind.SUM, DealFilter.ANY));

        // then 10 + 100
        assertMoney("110.00", sum);
    }

    @Test
    void sum_and_count_take_only_won_deals() {
        // given
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "1000.00", "2026-11-02"),
                won("anna", "2500.50", "2026-11-03"),
                lost("anna", "9000.00", "2026-11-04"),
                open("anna", "9000.00", "2026-11-05"));

        // when
        BigDecimal sum = metric(scenario, planOn(MetricKind.SUM, DealFilter.ANY));
        BigDecimal count = metric(scenario, planOn(MetricKind.COUNT, DealFilter.ANY));

        // then
        assertMoney("3500.50", sum);
        assertValue("2", count);
    }

    @Test
    void win_rate_is_won_over_won_and_lost_ignoring_open_deals() {
        // given 3 won, 1 lost, 2 open
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "1.00", "2026-10-02"), won("anna", "1.00", "2026-10-03"), won("anna", "1.00", "2026-10-04"),
                lost("anna", "1.00", "2026-10-05"), open("anna", "1.00", "2026-10-06"), open("anna", "1.00", "2026-10-07"));

        // when
        BigDecimal rate = metric(scenario, planOn(MetricKind.WIN_RATE, DealFilter.ANY));

        // then 3 / (3 + 1)
        assertValue("0.75", rate);
    }

    @Test
    void win_rate_is_zero_when_nothing_closed() {
        // given only an open deal
        Scenario scenario = new Scenario().people(ANNA).deals(open("anna", "1.00", "2026-10-06"));

        // when
        BigDecimal rate = metric(scenario, planOn(MetricKind.WIN_RATE, DealFilter.ANY));

        // then
        assertValue("0", rate);
    }

    @Test
    void win_rate_looks_only_at_deals_closed_in_the_period() {
        // given a lost deal in Q3 and a won one in Q4
        Scenario scenario = new Scenario().people(ANNA).deals(lost("anna", "1.00", "2026-09-30"), won("anna", "1.00", "2026-10-01"));

        // when
        BigDecimal rate = metric(scenario, planOn(MetricKind.WIN_RATE, DealFilter.ANY));

        // then 1 / (1 + 0)
        assertValue("1", rate);
    }

    @Test
    void a_metric_filtered_by_deal_type_takes_only_those_deals() {
        // given
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "1000.00", "2026-11-02", "new"),
                won("anna", "200.00", "2026-11-02", "renewal"),
                won("anna", "30.00", "2026-11-02", "upsell"));

        // when
        BigDecimal newAndUpsell = metric(scenario, planOn(MetricKind.SUM, new DealFilter(Set.of("new", "upsell"), Set.of(), Set.of(), null)));

        // then 1000 + 30
        assertMoney("1030.00", newAndUpsell);
    }

    @Test
    void a_metric_filtered_by_product_and_pipeline_takes_only_those_deals() {
        // given
        Scenario scenario = new Scenario().people(ANNA).deals(
                deal("anna", "1000.00", "2026-11-02", Outcome.WON, "new", "analytics", "enterprise"),
                deal("anna", "200.00", "2026-11-02", Outcome.WON, "new", "analytics", "smb"),
                deal("anna", "30.00", "2026-11-02", Outcome.WON, "new", "crm", "enterprise"));

        // when
        BigDecimal analytics = metric(scenario, planOn(MetricKind.SUM, new DealFilter(Set.of(), Set.of("analytics"), Set.of(), null)));
        BigDecimal enterprise = metric(scenario, planOn(MetricKind.SUM, new DealFilter(Set.of(), Set.of(), Set.of("enterprise"), null)));

        // then 1000 + 200, and 1000 + 30
        assertMoney("1200.00", analytics);
        assertMoney("1030.00", enterprise);
    }

    @Test
    void a_minimum_amount_keeps_deals_of_exactly_the_minimum() {
        // given
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "50000.00", "2026-11-02"),
                won("anna", "49999.99", "2026-11-02"),
                won("anna", "70000.00", "2026-11-02"));

        // when
        BigDecimal count = metric(scenario, planOn(MetricKind.COUNT, new DealFilter(Set.of(), Set.of(), Set.of(), new BigDecimal("50000"))));

        // then 50,000 and 70,000
        assertValue("2", count);
    }

    @Test
    void a_win_rate_filter_applies_to_lost_deals_too() {
        // given one won renewal, one lost renewal, two lost new deals
        Scenario scenario = new Scenario().people(ANNA).deals(
                won("anna", "1.00", "2026-11-02", "renewal"),
                deal("anna", "1.00", "2026-11-02", Outcome.LOST, "renewal"),
                deal("anna", "1.00", "2026-11-02", Outcome.LOST, "new"),
                deal("anna", "1.00", "2026-11-02", Outcome.LOST, "new"));

        // when
        BigDecimal renewalRate = metric(scenario, planOn(MetricKind.WIN_RATE, Plans.dealTypes("renewal")));

        // then 1 / (1 + 1)
        assertValue("0.5", renewalRate);
    }
}
