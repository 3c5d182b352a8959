package app.bonusbot.core.announce;

import app.bonusbot.core.announce.TeamPost.MemberAttainment;
import app.bonusbot.core.announce.TeamPost.MilestoneCrossed;
import app.bonusbot.core.announce.TeamPost.MilestoneEvent;
import app.bonusbot.core.announce.TeamPost.TeamTotal;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a team's weekly post from the engine. A member's progress is their attainment on their main performance
 * plan: the first plan in plans.yaml they are on that has a target, plans on a sum of amounts first. The team's
 * progress is its team plan's attainment; a team without a team plan (or without a target on it) gets the sum of its
 * members' amounts on their main plans against the sum of their (prorated) targets.
 */
public final class TeamPostBuilder {

    private final Company company;
    private final DealFacts ledger;

    public TeamPostBuilder(Company company, DealFacts ledger) {
        this.company = company;
        this.ledger = ledger;
    }

    /**
     * @param date the day of the post: deals closed up to and including it count
     * @param previous the day of the previous post (or, for a first post, of the previous scheduled one)
     * @param milestones the levels of a member's own target worth announcing, ascending
     */
    public TeamPost build(Team team, LocalDate date, LocalDate previous, List<BigDecimal> milestones) {
        Evaluator now = new Evaluator(company, new DealsUpTo(ledger, date));
        Evaluator before = new Evaluator(company, new DealsUpTo(ledger, previous));
        List<Person> members = company.directory().membersOn(team.id(), date).stream().filter(p -> p.activeOn(date)).toList();

        List<MemberAttainment> attainments = new ArrayList<>();
        List<MilestoneCrossed> crossed = new ArrayList<>();
        List<PlanResult.Performance> mainResults = new ArrayList<>();
        for (Person member : members) {
            Optional<PerformancePlan> main = mainPlan(member);
            if (main.isEmpty()) {
                continue;
            }
            Period period = main.get().periodKind().containing(date, company.settings().fiscalYear());
            PlanResult.Performance result = (PlanResult.Performance) now.evaluate(main.get(), member, period, date);
            if (result.tiers() == null) {
                continue;
            }
            mainResults.add(result);
            BigDecimal attainment = result.tiers().attainment();
            attainments.add(new MemberAttainment(member, attainment));
            BigDecimal earlier = BigDecimal.ZERO;
            if (period.contains(previous) && previous.isBefore(date)) {
                PlanResult.Performance then = (PlanResult.Performance) before.evaluate(main.get(), member, period, previous);
                earlier = then.tiers() == null ? BigDecimal.ZERO : then.tiers().attainment();
            }
            BigDecimal from = earlier;
            List<BigDecimal> levels = milestones.stream().filter(l -> l.compareTo(from) > 0 && l.compareTo(attainment) <= 0).toList();
            if (!levels.isEmpty()) {
                crossed.add(new MilestoneCrossed(member, levels, attainment));
            }
        }

        Optional<PlanResult.Team> teamResult = teamPlan(team).map(plan -> (PlanResult.Team) now.evaluate(plan, teamStandIn(team), plan.periodKind().containing(date, company.settings().fiscalYear()), date))
                .filter(r -> r.tiers() != null);
        Optional<TeamTotal> total;
        Period period;
        if (teamResult.isPresent()) {
            total = Optional.of(new TeamTotal(teamResult.get().tiers().attainment(), Optional.of(teamResult.get().plan().name())));
            period = teamResult.get().period();
        } else {
            total = sumOfMembers(mainResults);
            period = mainResults.isEmpty() ? PeriodKind.QUARTER.containing(date, company.settings().fiscalYear()) : mainResults.get(0).period();
        }
        return new TeamPost(team, date, previous, period, ChronoUnit.DAYS.between(date, period.end()), total, attainments, crossed,
                events(members, date, previous, before, now));
    }

    /** The member's first plan with a target, amounts before counts and win rates. */
    Optional<PerformancePlan> mainPlan(Person member) {
        return company.plansOf(member).stream()
                .filter(p -> p instanceof PerformancePlan performance && !performance.isFlat())
                .map(p -> (PerformancePlan) p)
                .min(Comparator.comparingInt(p -> p.metric().kind() == MetricKind.SUM ? 0 : 1));
    }

    private Optional<TeamPlan> teamPlan(Team team) {
        return company.plans().stream().filter(p -> p instanceof TeamPlan t && t.teams().contains(team.id())).map(p -> (TeamPlan) p).findFirst();
    }

    /** The team plan is evaluated for "someone on the team"; only the team's id matters for the team's own figures. */
    private static Person teamStandIn(Team team) {
        return new Person("team:" + team.id(), team.name(), null, team.id(), null, null, null, Map.of());
    }

    private static Optional<TeamTotal> sumOfMembers(List<PlanResult.Performance> results) {
        BigDecimal metric = BigDecimal.ZERO;
        BigDecimal target = BigDecimal.ZERO;
        for (PlanResult.Performance r : results) {
            if (r.plan().metric().kind() == MetricKind.SUM) {
                metric = metric.add(r.metric());
                target = target.add(r.target());
            }
        }
        if (target.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new TeamTotal(metric.divide(target, MathContext.DECIMAL64), Optional.empty()));
    }

    /**
     * Won deals that matched a per-event rule and closed after the previous post, and count rules whose count was
     * reached since then; for the milestone plans each member is on.
     */
    private List<MilestoneEvent> events(List<Person> members, LocalDate date, LocalDate previous, Evaluator before, Evaluator now) {
        List<MilestoneEvent> events = new ArrayList<>();
        if (!previous.isBefore(date)) {
            return events;
        }
        DateRange week = new DateRange(previous.plusDays(1), date);
        for (Person member : members) {
            for (Plan plan : company.plansOf(member)) {
                if (!(plan instanceof MilestonePlan milestones)) {
                    continue;
                }
                Period period = plan.periodKind().containing(date, company.settings().fiscalYear());
                PlanResult.Milestone current = (PlanResult.Milestone) now.evaluate(plan, member, period, date);
                PlanResult.Milestone earlier = period.contains(previous) ? (PlanResult.Milestone) before.evaluate(plan, member, period, previous) : null;
                for (int i = 0; i < milestones.rules().size(); i++) {
                    MilestoneRule rule = milestones.rules().get(i);
                    PlanResult.RuleProgress progress = current.rules().get(i);
                    if (rule instanceof MilestoneRule.CountReached) {
                        boolean reachedBefore = earlier != null && earlier.rules().get(i).reached();
                        if (progress.reached() && !reachedBefore) {
                            Deal last = progress.deals().get(((MilestoneRule.CountReached) rule).count() - 1);
                            events.add(new MilestoneEvent(member, rule, last.closeDate()));
                        }
                    } else {
                        for (Deal deal : ledger.wonDeals(member.id(), week, rule.filter())) {
                            events.add(new MilestoneEvent(member, rule, deal.closeDate()));
                        }
                    }
                }
            }
        }
        events.sort(Comparator.comparing(MilestoneEvent::date));
        return events;
    }
}
