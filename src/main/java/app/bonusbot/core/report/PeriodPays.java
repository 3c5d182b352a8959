package app.bonusbot.core.report;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a period's pay the way {@code bonusbot close} does: the engine's statement of everyone on a plan in the period
 * (the same people and statements as {@code close --preview}), and for a closed period each plan's cash as it was
 * frozen and paid, not worked out again. Attainment and the other figures a frozen statement does not keep come from
 * the engine's statement of the period.
 */
final class PeriodPays {

    private final Company company;
    private final DealFacts facts;
    private final ClosedPeriods closedPeriods;

    PeriodPays(Company company, DealFacts facts, ClosedPeriods closedPeriods) {
        this.company = company;
        this.facts = facts;
        this.closedPeriods = closedPeriods;
    }

    PeriodPay of(Period period, LocalDate today, boolean closed) {
        List<Person> people = company.onPlansWithin(DateRange.of(period));
        List<Statement> statements = new Evaluator(company, facts).statements(people, new PeriodRequest.Explicit(period), today);
        List<PaidResult> results = new ArrayList<>();
        for (Statement statement : statements) {
            Map<String, BigDecimal> frozen = closed ? frozenCash(statement.person(), period) : Map.of();
            for (PlanResult result : statement.results()) {
                BigDecimal cash = result instanceof PlanResult.Stock ? BigDecimal.ZERO.setScale(2)
                        : Optional.ofNullable(frozen.get(result.plan().id())).orElse(result.total());
                results.add(new PaidResult(statement.person(), teamOf(statement.person(), period), result, cash));
            }
        }
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        Map<String, Tally> tallies = facts.tallies(people.stream().map(Person::id).toList(), DateRange.of(period), DealFilter.ANY);
        tallies.forEach((id, tally) -> revenue.put(id, tally.wonAmount()));
        return new PeriodPay(period, closed, people, results, revenue);
    }

    /** The person's team on their last day in the period (their leave date, if they left during it). */
    String teamOf(Person person, Period period) {
        LocalDate last = person.leaveDate() != null && person.leaveDate().isBefore(period.end()) ? person.leaveDate() : period.end();
        return company.directory().teamOn(person, last).orElse(PaidResult.NO_TEAM);
    }

    private Map<String, BigDecimal> frozenCash(Person person, Period period) {
        Map<String, BigDecimal> cash = new LinkedHashMap<>();
        closedPeriods.frozen(person.id(), period.key())
                .map(FrozenStatement::planCash)
                .ifPresent(plans -> plans.forEach(p -> cash.put(p.planId(), p.cash())));
        return cash;
    }
}
