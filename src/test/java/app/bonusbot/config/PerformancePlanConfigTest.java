package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformancePlanConfigTest {

    @TempDir
    Path dir;

    /** A performance plan whose lines 2..7 are fixed; {@code rest} starts on line 8 of plans.yaml. */
    private static String plan(String rest) {
        return """
                - id: bonus
                  kind: performance
                  name: Bonus
                  period: quarter
                  enrolment: {teams: [sales]}
                  metric: {type: sum}
                """ + rest.indent(2);
    }

    private List<String> problemsWith(String rest) {
        return ConfigDir.valid(dir).withPlan(plan(rest)).with("targets.yaml", "").problems();
    }

    private PerformancePlan load(String rest) {
        return (PerformancePlan) ConfigDir.valid(dir).withPlan(plan(rest)).with("targets.yaml", "").load().plans().get(0);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reads_a_bonus_style_plan_with_threshold_bands_and_cap() {
        // given
        String rest = """
                metric: {type: sum, filter: {deal_types: [New, upsell], products: [Platform], pipelines: [default], min_amount: 10000.50}}
                base: target_bonus
                mode: retroactive
                threshold: 0.5
                cap: {multiple_of_target_bonus: 2}
                bands:
                  - {from: 0, to: 1, rate: 1}
                  - {from: 1, rate: 150%}
                target: 1000000
                target_bonus: 60000
                """;
        String withoutSecondMetric = plan(rest).replace("  metric: {type: sum}\n", "");

        // when
        PerformancePlan plan = (PerformancePlan) ConfigDir.valid(dir).withPlan(withoutSecondMetric).with("targets.yaml", "").load().plans().get(0);

        // then
        assertEquals(MetricKind.SUM, plan.metric().kind());
        assertEquals(new DealFilter(Set.of("new", "upsell"), Set.of("platform"), Set.of("default"), d("10000.50")), plan.metric().filter());
        assertEquals(PayoutBase.TARGET_BONUS, plan.base());
        assertEquals(BandMode.RETROACTIVE, plan.tiers().mode());
        assertEquals(d("0.5"), plan.tiers().threshold());
        assertEquals(new Cap.MultipleOfTargetBonus(d("2")), plan.tiers().cap());
        assertEquals(List.of(new Band(d("0"), d("1"), d("1")), new Band(d("1"), null, d("1.50"))), plan.tiers().bands());
        assertEquals(d("1000000"), plan.defaultTarget());
        assertEquals(d("60000"), plan.defaultTargetBonus());
        assertNull(plan.flatRate());
    }

    @Test
    void base_mode_threshold_and_cap_have_defaults() {
        // given
        String rest = """
                bands: [{from: 0, rate: 1}]
                """;

        // when
        PerformancePlan plan = load(rest);

        // then
        assertEquals(PayoutBase.TARGET_BONUS, plan.base());
        assertEquals(BandMode.MARGINAL, plan.tiers().mode());
        assertNull(plan.tiers().threshold());
        assertNull(plan.tiers().cap());
        assertNull(plan.defaultTarget());
    }

    @Test
    void each_band_must_start_at_or_after_the_previous_bands_end() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("targets.yaml", "").with("plans.yaml", """
                plans:
                  - {id: a, kind: stock, name: A, share_price: 1, cliff_months: 0, vesting_months: 1, grants: [{person: anna, shares: 1, date: 2024-01-01}]}
                  - {id: b, kind: milestone, name: B, period: month, enrolment: {people: [anna]}, rules: [{id: r, name: R, type: per_event, amount: 1}]}
                  - id: bonus
                    kind: performance
                    name: Bonus
                    period: quarter
                    enrolment: {teams: [sales]}
                    metric: {type: sum}
                    target: 1000
                    target_bonus: 100
                    bands:
                      - {from: 0, to: 1, rate: 1}
                      - {from: 0.8, rate: 2}
                """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:14 plans[2].bands[1].from: must be ≥ the previous band's to"), problems);
    }

    @Test
    void a_band_may_start_exactly_where_the_previous_one_ends_or_leave_a_gap() {
        // given
        String rest = """
                bands:
                  - {from: 0.5, to: 1, rate: 1}
                  - {from: 1, to: 1.2, rate: 2}
                  - {from: 1.5, rate: 3}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_band_ends_after_it_starts() {
        // given
        String rest = """
                bands:
                  - {from: 1, to: 1, rate: 1}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].bands[0].to: must be greater than from"), problems);
    }

    @Test
    void the_first_band_starts_at_zero_or_above() {
        // given
        String rest = """
                bands:
                  - {from: -0.1, rate: 1}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].bands[0].from: must not be negative"), problems);
    }

    @Test
    void only_the_last_band_may_be_open_ended() {
        // given
        String rest = """
                bands:
                  - {from: 0, rate: 1}
                  - {from: 1, rate: 2}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].bands[0].to: is required: only the last band may be open-ended"), problems);
    }

    @Test
    void a_band_needs_from_and_rate() {
        // given
        String rest = """
                bands:
                  - {to: 1}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].bands[0].from: is required", "plans.yaml:9 plans[0].bands[0].rate: is required"), problems);
    }

    @Test
    void a_rate_is_never_negative() {
        // given
        String rest = """
                bands:
                  - {from: 0, rate: -5%}
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].bands[0].rate: must not be negative"), problems);
    }

    @Test
    void a_plan_has_at_least_one_band() {
        // given
        String rest = """
                bands: []
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].bands: must list at least one entry"), problems);
    }

    @Test
    void the_threshold_is_never_negative() {
        // given
        String rest = """
                threshold: -0.5
                bands: [{from: 0, rate: 1}]
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].threshold: must not be negative"), problems);
    }

    @Test
    void a_threshold_as_a_percentage_is_a_fraction_of_the_target() {
        // given
        String rest = """
                threshold: 75%
                bands: [{from: 0, rate: 1}]
                """;

        // when
        PerformancePlan plan = load(rest);

        // then
        assertEquals(0, d("0.75").compareTo(plan.tiers().threshold()));
    }

    @Test
    void a_cap_is_greater_than_zero() {
        // given
        String rest = """
                cap: {amount: 0}
                bands: [{from: 0, rate: 1}]
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].cap.amount: must be greater than 0"), problems);
    }

    @Test
    void a_cap_is_an_amount_or_a_multiple_not_both() {
        // given
        String rest = """
                cap: {amount: 100, multiple_of_target_bonus: 2}
                bands: [{from: 0, rate: 1}]
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].cap: give either amount or multiple_of_target_bonus"), problems);
    }

    @Test
    void a_cap_amount_is_read_as_money() {
        // given
        String rest = """
                cap: {amount: 120_000}
                bands: [{from: 0, rate: 1}]
                """;

        // when
        PerformancePlan plan = load(rest);

        // then
        assertEquals(new Cap.Amount(d("120000")), plan.tiers().cap());
    }

    @Test
    void commission_style_needs_a_sum_metric() {
        // given
        String rest = """
                metric: {type: count}
                base: target
                bands: [{from: 0, rate: 1}]
                """;
        String plan = plan(rest).replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].base: target (commission style) needs metric type sum; use target_bonus"), problems);
    }

    @Test
    void commission_style_needs_no_target_bonus() {
        // given
        String rest = """
                base: target
                bands: [{from: 0, rate: 4%}]
                target: 1000000
                """;

        // when
        PerformancePlan plan = load(rest);

        // then
        assertEquals(PayoutBase.TARGET, plan.base());
        assertNull(plan.defaultTargetBonus());
    }

    @Test
    void a_bonus_style_default_target_needs_a_default_target_bonus() {
        // given
        String rest = """
                bands: [{from: 0, rate: 1}]
                target: 1000000
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].target_bonus: is required along with target: the plan pays on target_bonus (base: target_bonus)"),
                problems);
    }

    @Test
    void a_cap_in_target_bonuses_needs_a_target_bonus_even_for_commission() {
        // given
        String rest = """
                base: target
                cap: {multiple_of_target_bonus: 2}
                bands: [{from: 0, rate: 4%}]
                target: 1000000
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].target_bonus: is required along with target: the cap is a multiple of target_bonus"),
                problems);
    }

    @Test
    void a_win_rate_target_is_above_zero_and_at_most_one() {
        // given
        String rest = """
                metric: {type: win_rate}
                bands: [{from: 0, rate: 1}]
                target: 1.2
                target_bonus: 100
                """;
        String plan = plan(rest).replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].target: a win-rate target must be greater than 0 and at most 1 (100%)"), problems);
    }

    @Test
    void a_win_rate_target_of_zero_is_refused_and_one_hundred_percent_is_fine() {
        // given
        String zero = plan("metric: {type: win_rate}\nbands: [{from: 0, rate: 1}]\ntarget: 0%\ntarget_bonus: 100\n").replace("  metric: {type: sum}\n", "");
        String hundred = zero.replace("target: 0%", "target: 100%");

        // when
        List<String> zeroProblems = ConfigDir.valid(dir).withPlan(zero).with("targets.yaml", "").problems();
        List<String> hundredProblems = ConfigDir.valid(dir).withPlan(hundred).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].target: a win-rate target must be greater than 0 and at most 1 (100%)"), zeroProblems);
        assertEquals(List.of(), hundredProblems);
    }

    @Test
    void a_count_target_is_a_whole_number_of_deals() {
        // given
        String plan = plan("metric: {type: count}\nbands: [{from: 0, rate: 1}]\ntarget: 7.5\ntarget_bonus: 100\n").replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].target: a count target must be a whole number of deals"), problems);
    }

    @Test
    void an_amount_target_is_greater_than_zero() {
        // given
        String rest = """
                bands: [{from: 0, rate: 1}]
                target: 0
                target_bonus: 100
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].target: must be greater than 0"), problems);
    }

    @Test
    void a_target_bonus_is_never_negative() {
        // given
        String rest = """
                bands: [{from: 0, rate: 1}]
                target: 1000
                target_bonus: -100
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:10 plans[0].target_bonus: must not be negative"), problems);
    }

    @Test
    void a_plan_needs_bands_or_a_flat_rate() {
        // given
        String rest = """
                target: 1000
                target_bonus: 100
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].bands: is required (or flat_rate for a plan without target)"), problems);
    }

    @Test
    void a_plan_has_bands_or_a_flat_rate_not_both() {
        // given
        String rest = """
                bands: [{from: 0, rate: 1}]
                flat_rate: 2%
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].flat_rate: give either bands or flat_rate, not both"), problems);
    }

    @Test
    void reads_a_flat_rate_plan() {
        // given
        String rest = """
                flat_rate: 2.5%
                """;

        // when
        PerformancePlan plan = load(rest);

        // then
        assertTrue(plan.isFlat());
        assertEquals(0, d("0.025").compareTo(plan.flatRate()));
    }

    @Test
    void a_flat_rate_plan_has_no_target_threshold_or_cap() {
        // given
        String rest = """
                flat_rate: 2%
                threshold: 0.5
                cap: {amount: 100}
                target: 1000
                """;

        // when
        List<String> problems = problemsWith(rest);

        // then
        assertEquals(List.of(
                "plans.yaml:9 plans[0].threshold: only applies to plans with bands; a flat_rate plan pays metric × flat_rate",
                "plans.yaml:10 plans[0].cap: only applies to plans with bands; a flat_rate plan pays metric × flat_rate",
                "plans.yaml:11 plans[0].target: only applies to plans with bands; a flat_rate plan pays metric × flat_rate"), problems);
    }

    @Test
    void a_flat_rate_needs_an_amount_or_count_metric() {
        // given
        String plan = plan("metric: {type: win_rate}\nflat_rate: 2%\n").replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].flat_rate: needs metric type sum or count: a rate on a win rate is not money"), problems);
    }

    @Test
    void a_metric_has_a_known_type() {
        // given
        String plan = plan("metric: {type: revenue}\nflat_rate: 2%\n").replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:7 plans[0].metric.type: must be one of sum, count, win_rate, not 'revenue'"), problems);
    }

    @Test
    void a_filter_minimum_is_never_negative_and_its_lists_are_lists() {
        // given
        String plan = plan("metric: {type: sum, filter: {min_amount: -1, deal_types: renewal, product: [x]}}\nflat_rate: 2%\n")
                .replace("  metric: {type: sum}\n", "");

        // when
        List<String> problems = ConfigDir.valid(dir).withPlan(plan).with("targets.yaml", "").problems();

        // then
        assertEquals(List.of("plans.yaml:7 plans[0].metric.filter.product: unknown field 'product' (did you mean 'products'?)",
                "plans.yaml:7 plans[0].metric.filter.deal_types: must be a list (lines starting with '- ', or [a, b]), not 'renewal'",
                "plans.yaml:7 plans[0].metric.filter.min_amount: must not be negative"), problems);
    }
}
