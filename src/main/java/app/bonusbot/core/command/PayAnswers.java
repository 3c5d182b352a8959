package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answers about one person's pay of a period (status, explain, the statement): the frozen ones when the period is
 * closed, never worked out again; otherwise worked out now, with the adjustments paid with the period as lines of
 * their own. One read of the closed periods per answer, and one of the snapshot only when the period is closed.
 */
final class PayAnswers {

    private final ClosedPeriods closedPeriods;
    private final AdjustmentBook adjustments;
    private final CrmFreshness crm;

    PayAnswers(ClosedPeriods closedPeriods, AdjustmentBook adjustments, CrmFreshness crm) {
        this.closedPeriods = closedPeriods;
        this.adjustments = adjustments;
        this.crm = crm;
    }

    Reply status(Company c, Evaluator evaluator, Person person, List<Plan> plans, PeriodRequest request, LocalDate today, Wording w) {
        return frozen(c, person, plans, request, today, w, f -> f.status().get(w.language()))
                .orElseGet(() -> {
                    Statement statement = evaluator.statement(person, plans, request, today);
                    return new StatusView(w, crm.freshness(), c.settings().zone(), today, c.directory())
                            .render(statement, AdjustmentLines.of(adjustments, statement), AdjustmentWording.of(w.language(), c));
                });
    }

    /**
     * @param plans every plan of the person: which of them are closed decides whether the answer is frozen
     * @param onePlan the plan asked about; empty for all of them
     */
    Reply explain(Company c, Evaluator evaluator, DealFacts facts, Person person, List<Plan> plans, Optional<Plan> onePlan, PeriodRequest request,
            LocalDate today, Wording w) {
        Optional<Reply> frozen = frozen(c, person, plans, request, today, w, f -> onePlan.isEmpty() ? f.explain().get(w.language())
                : Optional.ofNullable(f.explainByPlan().get(onePlan.get().id())).map(r -> r.get(w.language())).orElse(null));
        if (frozen.isPresent()) {
            return frozen.get();
        }
        List<Plan> explained = onePlan.map(List::of).orElse(plans);
        // The deals it lists are the ones the statement reads: one read of the person's deals for both.
        DealFacts own = Evaluator.ownDealDays(explained, request, today, c.settings().fiscalYear())
                .map(days -> facts.forOwner(person.id(), days)).orElse(facts);
        Statement statement = evaluator.on(own).statement(person, explained, request, today);
        // Adjustments belong to the person's whole pay, not to one plan: explain of one plan leaves them out.
        AdjustmentLines lines = onePlan.isPresent() ? AdjustmentLines.NONE : AdjustmentLines.of(adjustments, statement);
        return new ExplainView(w, own, c.versions(), c.directory()).render(statement, lines, AdjustmentWording.of(w.language(), c));
    }

    /** A pay statement: the frozen one of a closed period, else worked out now and provisional. */
    Reply statement(Company c, Evaluator evaluator, Person person, List<Plan> plans, PeriodRequest request, LocalDate today, Wording w) {
        FrozenAnswers answers = new FrozenAnswers(w, c);
        Period period = FrozenAnswers.periodOf(request, plans, today, c.settings().fiscalYear());
        Map<String, PeriodClose> closed = closedPeriods.closed();
        Optional<PayStatement> frozen = closed.containsKey(period.key())
                ? closedPeriods.frozen(person.id(), period.key()).map(f -> f.statement(w.language()))
                : Optional.empty();
        PayStatement pay = frozen.orElseGet(() -> new PayStatements(c, adjustments)
                .of(evaluator.statement(person, plans, new PeriodRequest.Explicit(period), today), period, w.language(), Optional.empty()));
        return new StatementView(w, answers).render(pay, today);
    }

    /** The frozen answer of a closed period the person has a frozen statement of, marked as what was paid. */
    private Optional<Reply> frozen(Company c, Person person, List<Plan> plans, PeriodRequest request, LocalDate today, Wording w,
            Function<FrozenStatement, Reply> pick) {
        Map<String, PeriodClose> closed = closedPeriods.closed();
        return FrozenAnswers.closedKey(request, plans, today, c.settings().fiscalYear(), closed)
                .flatMap(key -> closedPeriods.frozen(person.id(), key)
                        .map(pick)
                        .map(reply -> new FrozenAnswers(w, c).marked(reply, closed.get(key))));
    }
}
