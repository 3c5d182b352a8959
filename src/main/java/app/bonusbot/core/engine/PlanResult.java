package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One plan evaluated for one person and period: the payout lines and everything needed to explain them. */
public sealed interface PlanResult {

    Plan plan();

    Period period();

    /** The last day the figures cover: today in the current period, the period's end for a past one. */
    LocalDate asOf();

    List<PayoutLine> lines();

    /** Cash payout: the sum of the rounded lines. */
    default BigDecimal total() {
        return TierCalculator.sum(lines());
    }

    /**
     * @param metric the measured value: an amount, a number of deals or a win rate (0..1)
     * @param target prorated; null for a flat plan or when no target is set
     * @param targetBonus prorated; null when not set
     * @param tiers null for a flat plan, or when there is no target to measure against
     * @param pace present only while the period is running
     */
    record Performance(PerformancePlan plan, Period period, LocalDate asOf, Tally tally, BigDecimal metric, Proration proration,
            BigDecimal target, BigDecimal targetBonus, TierOutcome tiers, Optional<NextStep> next, Optional<Pace> pace,
            List<PayoutLine> lines) implements PlanResult {

        public Performance {
            lines = List.copyOf(lines);
        }

        /** No target, or a bonus-style plan without target bonus: nothing to measure or nothing for the rates to multiply. */
        public boolean missingTarget() {
            return !plan.isFlat() && (target == null || tiers == null);
        }

        public Optional<BigDecimal> attainment() {
            return tiers == null ? Optional.empty() : Optional.of(tiers.attainment());
        }
    }

    /**
     * @param teamTally the whole team's deals
     * @param ownMetric the person's own contribution to the team metric
     * @param pool the pool the team earned (after threshold and cap)
     * @param eligible whether the person shares in the pool (equal split: active on the period's last day;
     *     contribution split: has a contribution in the period, employed then or not)
     * @param sharers how many members share the pool (equal split: active on the last day; contribution split: with a contribution)
     * @param lines a {@link PayoutLine.ShareLine} per team whose pool the person shares in, in the order they were in the teams
     * @param otherTeams on a contribution split, the plan's other teams the person contributed to in the period before
     *     moving on (in date order), each of whose pools pays them a share too; empty for an equal split, which pays
     *     only the members in the team on the period's last day
     */
    record Team(TeamPlan plan, Period period, LocalDate asOf, String teamId, Tally teamTally, BigDecimal teamMetric, BigDecimal ownMetric,
            BigDecimal target, BigDecimal poolBase, TierOutcome tiers, BigDecimal pool, boolean eligible, int sharers,
            Optional<NextStep> next, Optional<Pace> pace, List<PayoutLine> lines, List<OtherTeam> otherTeams) implements PlanResult {

        public Team {
            lines = List.copyOf(lines);
            otherTeams = List.copyOf(otherTeams);
        }

        public boolean missingTarget() {
            return target == null || poolBase == null;
        }

        /** The person's share of the team's pool; empty when they have none of it. */
        public Optional<PayoutLine.ShareLine> shareFrom(String team) {
            return lines.stream().filter(l -> l instanceof PayoutLine.ShareLine s && s.teamId().equals(team)).map(l -> (PayoutLine.ShareLine) l)
                    .findFirst();
        }
    }

    /**
     * Another team of a team plan that a mover contributed to in the period: its figures, as its own members see them,
     * and the mover's contribution to it.
     *
     * @param tiers null when the team has no target or no pool
     * @param pool the pool the team earned (after threshold and cap); zero when it has no target or no pool
     */
    record OtherTeam(String teamId, Tally teamTally, BigDecimal teamMetric, BigDecimal ownMetric, BigDecimal target, BigDecimal poolBase,
            TierOutcome tiers, BigDecimal pool) {

        public boolean missingTarget() {
            return target == null || poolBase == null;
        }
    }

    record Milestone(MilestonePlan plan, Period period, LocalDate asOf, List<RuleProgress> rules, List<PayoutLine> lines) implements PlanResult {
        public Milestone {
            rules = List.copyOf(rules);
            lines = List.copyOf(lines);
        }
    }

    /** The matching won deals of one milestone rule; {@code reached} for count rules. */
    record RuleProgress(MilestoneRule rule, List<Deal> deals, boolean reached) {
        public RuleProgress {
            deals = List.copyOf(deals);
        }
    }

    record Retention(RetentionPlan plan, Period period, LocalDate asOf, LocalDate hireDate, List<InstallmentStatus> installments,
            List<PayoutLine> lines) implements PlanResult {
        public Retention {
            installments = List.copyOf(installments);
            lines = List.copyOf(lines);
        }

        public Optional<InstallmentStatus> nextDue() {
            return installments.stream().filter(i -> i.state() == InstallmentState.UPCOMING || i.state() == InstallmentState.DUE_LATER_IN_PERIOD).findFirst();
        }
    }

    enum InstallmentState {
        /** Due in an earlier period. */
        EARLIER,
        /** Due in this period, on or before the as-of date: paid with this period. */
        PAID,
        /** Due later in this (running) period. */
        DUE_LATER_IN_PERIOD,
        /** Due in a later period. */
        UPCOMING,
        /** The person left before it fell due. */
        FORFEITED
    }

    record InstallmentStatus(Installment installment, LocalDate dueDate, InstallmentState state) {}

    /** Stock is not cash: it has no payout lines, only a value. */
    record Stock(StockPlan plan, Period period, LocalDate asOf, LocalDate valuedOn, List<GrantStatus> grants, BigDecimal sharePrice)
            implements PlanResult {
        public Stock {
            grants = List.copyOf(grants);
        }

        @Override
        public List<PayoutLine> lines() {
            return List.of();
        }

        public long vested() {
            return grants.stream().mapToLong(GrantStatus::vested).sum();
        }

        public long unvested() {
            return grants.stream().mapToLong(GrantStatus::unvested).sum();
        }

        public BigDecimal value() {
            return Money.line(sharePrice.multiply(BigDecimal.valueOf(vested())));
        }

        public BigDecimal unvestedValue() {
            return Money.line(sharePrice.multiply(BigDecimal.valueOf(unvested())));
        }

        public Optional<LocalDate> nextVesting() {
            return grants.stream().map(GrantStatus::nextVesting).filter(java.util.Objects::nonNull).min(LocalDate::compareTo);
        }
    }

    /** @param nextVesting null when fully vested or the person has left */
    record GrantStatus(StockGrant grant, long completedMonths, long vested, long unvested, LocalDate nextVesting) {}
}
