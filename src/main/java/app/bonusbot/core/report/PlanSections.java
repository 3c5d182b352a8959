package app.bonusbot.core.report;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plan side of the report: each plan per period, and the company per period, from the periods' pay. */
final class PlanSections {

    private final Company company;
    private final Evaluator evaluator;
    private final SmallGroups groups;
    private final KindFigures kinds;
    private final boolean individual;

    PlanSections(Company company, Evaluator evaluator, SmallGroups groups, KindFigures kinds, boolean individual) {
        this.company = company;
        this.evaluator = evaluator;
        this.groups = groups;
        this.kinds = kinds;
        this.individual = individual;
    }

    /** @param pays oldest first */
    List<PlanHealth> plans(List<PeriodPay> pays, LocalDate today) {
        Map<String, List<PlanPeriod>> periods = new LinkedHashMap<>();
        company.plans().forEach(p -> periods.put(p.id(), new ArrayList<>()));
        PeriodPay before = null;
        for (PeriodPay pay : pays) {
            Map<String, Integer> people = new LinkedHashMap<>();
            company.plans().forEach(p -> people.put(p.id(), (int) pay.of(p.id()).stream().map(r -> r.person().id()).distinct().count()));
            people.values().removeIf(n -> n == 0);
            Set<String> shown = groups.shown(people, people.values().stream().mapToInt(Integer::intValue).sum());
            for (Plan plan : company.plans()) {
                List<PaidResult> results = pay.of(plan.id());
                if (!results.isEmpty()) {
                    periods.get(plan.id()).add(period(plan, pay, results, shown.contains(plan.id()), vestedBefore(plan, pay, before, today)));
                }
            }
            before = pay;
        }
        List<PlanHealth> plans = new ArrayList<>();
        for (Plan plan : company.plans()) {
            plans.add(new PlanHealth(plan.id(), plan.name(), plan.kindName(), periods.get(plan.id())));
        }
        return plans;
    }

    List<CompanyPeriod> company(List<PeriodPay> pays) {
        List<CompanyPeriod> periods = new ArrayList<>();
        for (PeriodPay pay : pays) {
            Map<String, BigDecimal> payout = new LinkedHashMap<>();
            Map<String, BigDecimal> revenue = new LinkedHashMap<>();
            Map<String, Integer> people = new LinkedHashMap<>();
            Map<String, String> teamOf = new LinkedHashMap<>();
            pay.results().forEach(r -> teamOf.putIfAbsent(r.person().id(), r.personTeam()));
            pay.results().forEach(r -> payout.merge(r.personTeam(), r.cash(), BigDecimal::add));
            teamOf.forEach((person, team) -> {
                people.merge(team, 1, Integer::sum);
                revenue.merge(team, pay.revenue().getOrDefault(person, BigDecimal.ZERO), BigDecimal::add);
            });
            BigDecimal total = pay.results().stream().map(PaidResult::cash).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            PayoutCost cost = Revenues.cost(total, Revenues.total(revenue), teamOf.size());
            periods.add(new CompanyPeriod(pay.period(), pay.closed(), groups.slice(groups.shows(teamOf.size()), cost),
                    TeamCosts.of(payout, revenue, people, teamOf.size(), groups, company.directory())));
        }
        return periods;
    }

    private PlanPeriod period(Plan plan, PeriodPay pay, List<PaidResult> results, boolean shown, Map<String, Long> vestedBefore) {
        Plan inForce = results.get(0).result().plan();
        Period own = results.get(0).result().period();
        Map<String, BigDecimal> perPerson = new LinkedHashMap<>();
        Map<String, BigDecimal> payout = new LinkedHashMap<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (PaidResult r : results) {
            perPerson.merge(r.person().id(), r.cash(), BigDecimal::add);
            payout.merge(r.team(), r.cash(), BigDecimal::add);
            members.computeIfAbsent(r.team(), t -> new java.util.TreeSet<>()).add(r.person().id());
        }
        Map<String, Integer> teamPeople = new LinkedHashMap<>();
        members.forEach((team, ids) -> teamPeople.put(team, ids.size()));
        Map<String, BigDecimal> revenue = Revenues.perTeam(results);
        BigDecimal total = perPerson.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        PayoutCost cost = Revenues.cost(total, Revenues.total(revenue), perPerson.size());
        List<TeamCost> teams = TeamCosts.of(payout, revenue, teamPeople, perPerson.size(), groups, company.directory());
        // The top 10 %'s share of a shown total is their pay: shown only when they are k people or more.
        Concentration figures = Concentrations.of(List.copyOf(perPerson.values()));
        Slice<Concentration> concentration = groups.slice(groups.shows(figures.topPeople()), figures);
        List<PersonPay> lines = individual ? results.stream().map(PlanSections::line).toList() : List.of();
        return new PlanPeriod(own, pay.closed(), company.versions().version(plan.id(), own.start()).map(PlanVersion::from), perPerson.size(),
                groups.slice(shown, cost), teams, concentration, kinds.of(inForce, results, vestedBefore), lines);
    }

    private static PersonPay line(PaidResult r) {
        java.util.Optional<BigDecimal> attainment = r.result() instanceof PlanResult.Performance p ? p.attainment()
                : r.result() instanceof PlanResult.Team t && t.tiers() != null ? java.util.Optional.of(t.tiers().attainment()) : java.util.Optional.empty();
        return new PersonPay(r.person().id(), r.person().name(), r.team(), attainment, r.cash());
    }

    /** A stock plan's shares vested per person by the end of the period before: read from it, or worked out for the oldest. */
    private Map<String, Long> vestedBefore(Plan plan, PeriodPay pay, PeriodPay before, LocalDate today) {
        if (!(plan instanceof StockPlan)) {
            return Map.of();
        }
        Map<String, Long> vested = new LinkedHashMap<>();
        if (before != null) {
            before.of(plan.id()).forEach(r -> vested.merge(r.person().id(), ((PlanResult.Stock) r.result()).vested(), Long::sum));
            return vested;
        }
        Period previous = pay.period().fiscalYear().containing(pay.period().kind(), pay.period().start().minusDays(1));
        for (PaidResult r : pay.of(plan.id())) {
            PlanResult result = evaluator.evaluate(plan, r.person(), previous, today);
            vested.merge(r.person().id(), ((PlanResult.Stock) result).vested(), Long::sum);
        }
        return vested;
    }
}
