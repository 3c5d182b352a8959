package app.bonusbot.core.report;

import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.TierOutcome;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.Tiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The figures of a plan's kind in one period, from the engine's results. */
final class KindFigures {

    private final Directory directory;
    private final SmallGroups groups;
    private final JoinerFigures joiners;

    KindFigures(Directory directory, SmallGroups groups, JoinerFigures joiners) {
        this.directory = directory;
        this.groups = groups;
        this.joiners = joiners;
    }

    /**
     * @param plan the version in force in the period
     * @param vestedBefore per person, shares of a stock plan vested by the end of the period before
     */
    PlanFigures of(Plan plan, List<PaidResult> results, Map<String, Long> vestedBefore) {
        List<PlanResult> plain = results.stream().map(PaidResult::result).toList();
        return switch (plan.kindName()) {
            case "performance" -> performance(results);
            case "team" -> team((TeamPlan) plan, plain);
            case "milestone" -> milestone((MilestonePlan) plan, plain);
            case "retention" -> retention(plain);
            default -> stock(results, vestedBefore);
        };
    }

    private PlanFigures performance(List<PaidResult> results) {
        List<PlanResult.Performance> own = results.stream().map(r -> (PlanResult.Performance) r.result()).toList();
        List<TierOutcome> outcomes = own.stream().map(PlanResult.Performance::tiers).filter(Objects::nonNull).toList();
        Optional<AttainmentSpread> spread = own.isEmpty() || own.get(0).plan().isFlat() ? Optional.empty()
                : Optional.of(spread(own.get(0).plan().tiers(), outcomes));
        return new PlanFigures.Performance(spread, joiners.of(results));
    }

    private static AttainmentSpread spread(Tiers tiers, List<TierOutcome> outcomes) {
        return Attainments.of(outcomes, Optional.ofNullable(tiers.threshold()), tiers.cap() != null);
    }

    private PlanFigures team(TeamPlan plan, List<PlanResult> results) {
        Map<String, List<PlanResult.Team>> byTeam = new LinkedHashMap<>();
        results.forEach(r -> byTeam.computeIfAbsent(((PlanResult.Team) r).teamId(), t -> new ArrayList<>()).add((PlanResult.Team) r));
        List<TierOutcome> outcomes = new ArrayList<>();
        List<PoolOutcome> pools = new ArrayList<>();
        for (Map.Entry<String, List<PlanResult.Team>> team : byTeam.entrySet()) {
            PlanResult.Team first = team.getValue().get(0);
            if (first.tiers() != null) {
                outcomes.add(first.tiers());
            }
            List<BigDecimal> shares = team.getValue().stream().flatMap(r -> r.shareFrom(team.getKey()).stream()).map(PayoutLine.ShareLine::amount).toList();
            BigDecimal pool = first.pool() == null ? BigDecimal.ZERO : first.pool();
            Optional<BigDecimal> largest = pool.signum() == 0 || shares.isEmpty() ? Optional.empty()
                    : Optional.of(Percent.of(shares.stream().max(BigDecimal::compareTo).orElseThrow(), pool));
            Optional<BigDecimal> smallest = pool.signum() == 0 || shares.isEmpty() ? Optional.empty()
                    : Optional.of(Percent.of(shares.stream().min(BigDecimal::compareTo).orElseThrow(), pool));
            pools.add(new PoolOutcome(team.getKey(), directory.team(team.getKey()).map(Team::name).orElse(team.getKey()),
                    Optional.ofNullable(first.tiers()).map(TierOutcome::attainment), pool.signum() > 0,
                    groups.slice(groups.shows(first.sharers()), pool), first.plan().split(), first.sharers(), largest, smallest));
        }
        Tiers tiers = results.isEmpty() ? plan.tiers() : ((PlanResult.Team) results.get(0)).plan().tiers();
        return new PlanFigures.Team(outcomes.isEmpty() ? Optional.empty() : Optional.of(spread(tiers, outcomes)), pools);
    }

    private static PlanFigures milestone(MilestonePlan plan, List<PlanResult> results) {
        MilestonePlan inForce = results.isEmpty() ? plan : ((PlanResult.Milestone) results.get(0)).plan();
        List<MilestoneEvents> events = new ArrayList<>();
        for (MilestoneRule rule : inForce.rules()) {
            int count = 0;
            BigDecimal paid = BigDecimal.ZERO.setScale(2);
            for (PlanResult result : results) {
                for (PayoutLine line : result.lines()) {
                    String ruleId = line instanceof PayoutLine.EventLine e ? e.ruleId() : line instanceof PayoutLine.CountReachedLine c ? c.ruleId() : null;
                    if (rule.id().equals(ruleId)) {
                        count++;
                        paid = paid.add(line.amount());
                    }
                }
            }
            events.add(new MilestoneEvents(rule.id(), rule.name(), count, paid));
        }
        return new PlanFigures.Milestone(events);
    }

    private static PlanFigures retention(List<PlanResult> results) {
        int due = 0;
        int paid = 0;
        int forfeited = 0;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (PlanResult result : results) {
            PlanResult.Retention r = (PlanResult.Retention) result;
            for (PlanResult.InstallmentStatus installment : r.installments()) {
                boolean inPeriod = !installment.dueDate().isBefore(r.period().start()) && !installment.dueDate().isAfter(r.period().end());
                switch (installment.state()) {
                    case PAID -> {
                        due++;
                        paid++;
                    }
                    case DUE_LATER_IN_PERIOD -> due++;
                    case FORFEITED -> {
                        if (inPeriod) {
                            due++;
                            forfeited++;
                        }
                    }
                    default -> {
                        // Due in another period: counted there.
                    }
                }
            }
            amount = amount.add(r.total());
        }
        return new PlanFigures.Retention(due, paid, forfeited, amount);
    }

    private static PlanFigures stock(List<PaidResult> results, Map<String, Long> vestedBefore) {
        long vested = 0;
        long unvested = 0;
        long inPeriod = 0;
        BigDecimal value = BigDecimal.ZERO.setScale(2);
        for (PaidResult paid : results) {
            PlanResult.Stock s = (PlanResult.Stock) paid.result();
            vested += s.vested();
            unvested += s.unvested();
            value = value.add(s.value());
            inPeriod += Math.max(0, s.vested() - vestedBefore.getOrDefault(paid.person().id(), 0L));
        }
        return new PlanFigures.Stock(vested, inPeriod, unvested, value);
    }
}
