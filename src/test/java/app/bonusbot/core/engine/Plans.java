package app.bonusbot.core.engine;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Plans for engine tests, built from the few numbers a test cares about. */
final class Plans {

    private Plans() {}

    static Band band(String from, String to, String rate) {
        return new Band(new BigDecimal(from), to == null ? null : new BigDecimal(to), new BigDecimal(rate));
    }

    static Tiers marginal(Band... bands) {
        return new Tiers(Arrays.asList(bands), BandMode.MARGINAL, null, null);
    }

    static Tiers retroactive(Band... bands) {
        return new Tiers(Arrays.asList(bands), BandMode.RETROACTIVE, null, null);
    }

    static Tiers withThreshold(Tiers tiers, String threshold) {
        return new Tiers(tiers.bands(), tiers.mode(), new BigDecimal(threshold), tiers.cap());
    }

    static Tiers withCap(Tiers tiers, Cap cap) {
        return new Tiers(tiers.bands(), tiers.mode(), tiers.threshold(), cap);
    }

    static Cap capAmount(String amount) {
        return new Cap.Amount(new BigDecimal(amount));
    }

    static Cap capTimesTargetBonus(String multiple) {
        return new Cap.MultipleOfTargetBonus(new BigDecimal(multiple));
    }

    static Metric sum() {
        return new Metric(MetricKind.SUM, DealFilter.ANY);
    }

    static Metric count() {
        return new Metric(MetricKind.COUNT, DealFilter.ANY);
    }

    static Metric winRate() {
        return new Metric(MetricKind.WIN_RATE, DealFilter.ANY);
    }

    static DealFilter dealTypes(String... types) {
        return new DealFilter(Set.of(types), Set.of(), Set.of(), null);
    }

    static DealFilter dealTypeFrom(String type, String minAmount) {
        return new DealFilter(Set.of(type), Set.of(), Set.of(), new BigDecimal(minAmount));
    }

    static Enrolment team() {
        return new Enrolment(Set.of(), Set.of(People.TEAM));
    }

    /** Bonus style: the rates multiply the target bonus. */
    static PerformancePlan bonusPlan(PeriodKind kind, Metric metric, Tiers tiers, String target, String targetBonus) {
        return new PerformancePlan("bonus", LocalizedText.of("Bonus"), kind, team(), metric, PayoutBase.TARGET_BONUS, tiers, null,
                decimal(target), decimal(targetBonus));
    }

    /** Commission style: the rates are shares of revenue. */
    static PerformancePlan commissionPlan(PeriodKind kind, Metric metric, Tiers tiers, String target, String targetBonus) {
        return new PerformancePlan("commission", LocalizedText.of("Commission"), kind, team(), metric, PayoutBase.TARGET, tiers, null,
                decimal(target), decimal(targetBonus));
    }

    static PerformancePlan flatPlan(PeriodKind kind, Metric metric, String rate) {
        return new PerformancePlan("flat", LocalizedText.of("Flat"), kind, team(), metric, PayoutBase.TARGET, null, new BigDecimal(rate),
                null, null);
    }

    static TeamPlan teamPlan(Metric metric, Tiers tiers, TeamSplit split, String target, String pool) {
        return new TeamPlan("team", LocalizedText.of("Team"), PeriodKind.QUARTER, List.of(People.TEAM), metric, tiers, split,
                decimal(target), decimal(pool));
    }

    static MilestonePlan milestonePlan(MilestoneRule... rules) {
        return new MilestonePlan("milestones", LocalizedText.of("Milestones"), PeriodKind.QUARTER, team(), Arrays.asList(rules));
    }

    static MilestoneRule perEvent(String id, DealFilter filter, String amount) {
        return new MilestoneRule.PerEvent(id, LocalizedText.of(id), filter, new BigDecimal(amount));
    }

    static MilestoneRule countReached(String id, DealFilter filter, int count, String amount) {
        return new MilestoneRule.CountReached(id, LocalizedText.of(id), filter, count, new BigDecimal(amount));
    }

    static RetentionPlan retentionPlan(PeriodKind kind, Installment... installments) {
        return new RetentionPlan("retention", LocalizedText.of("Retention"), kind, team(), Arrays.asList(installments));
    }

    static Installment installment(int months, String amount) {
        return new Installment(months, new BigDecimal(amount));
    }

    static StockPlan stockPlan(String sharePrice, StockGrant... grants) {
        return new StockPlan("stock", LocalizedText.of("Stock"), PeriodKind.QUARTER, new BigDecimal(sharePrice), Arrays.asList(grants));
    }

    static StockGrant grant(String personId, long shares, String grantDate, int cliffMonths, int vestingMonths) {
        return new StockGrant(personId, shares, LocalDate.parse(grantDate), cliffMonths, vestingMonths);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
