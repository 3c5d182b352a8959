package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanDigest;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The statements of a period as a close freezes them: everyone with a plan in it, each statement worked out once and
 * kept with every answer about it in every language (status, explain, the pay statement), so the period is never
 * worked out again. {@link #preview} is the same statements, unfrozen, for {@code bonusbot close --preview}.
 */
public final class ClosingStatements {

    private final Company company;
    private final DealFacts facts;
    private final Evaluator evaluator;
    private final PayStatements pay;
    private final AdjustmentBook adjustments;

    public ClosingStatements(Company company, DealFacts facts, AdjustmentBook adjustments) {
        this.adjustments = adjustments;
        this.company = company;
        this.facts = facts;
        this.evaluator = new Evaluator(company, facts);
        this.pay = new PayStatements(company, adjustments);
    }

    /** Everyone on a plan who was employed on some day of the period, in directory order. */
    public List<Person> people(Period period) {
        return company.onPlansWithin(DateRange.of(period));
    }

    /** The engine's statement of the period as a close sees it: every plan of the person, for the period named. */
    public Statement statement(Person person, Period period, LocalDate today) {
        return evaluator.statement(person, new PeriodRequest.Explicit(period), today);
    }

    /** The provisional pay statements of the period, each in its person's language, as they would be frozen. */
    public List<PayStatement> preview(Period period, LocalDate today) {
        return people(period).stream().map(p -> pay.of(statement(p, period, today), period, languageOf(p), Optional.empty())).toList();
    }

    /** As {@link #preview(Period, LocalDate)}, every statement in one language (sales ops reading them all). */
    public List<PayStatement> preview(Period period, LocalDate today, Language language) {
        return people(period).stream().map(p -> pay.of(statement(p, period, today), period, language, Optional.empty())).toList();
    }

    /**
     * @param inputs the statement's inputs in the documented {@code --json} form, made by the caller that owns it
     */
    public FrozenStatement freeze(Person person, Period period, LocalDate today, PeriodClose close, Function<Statement, String> inputs) {
        Statement statement = statement(person, period, today);
        Map<Language, PayStatement> statements = new EnumMap<>(Language.class);
        Map<Language, Reply> status = new EnumMap<>(Language.class);
        Map<Language, Reply> explain = new EnumMap<>(Language.class);
        Map<String, Map<Language, Reply>> explainByPlan = new LinkedHashMap<>();
        // Frozen as chat shows them: status and explain of the whole pay with its adjustments, explain of one plan without.
        AdjustmentLines lines = AdjustmentLines.of(adjustments, statement);
        for (Language language : Language.values()) {
            Wording w = Wording.of(language, company.settings());
            AdjustmentWording words = AdjustmentWording.of(language, company);
            statements.put(language, pay.of(statement, period, language, Optional.of(close)));
            status.put(language, new StatusView(w, Optional.empty(), company.settings().zone(), today, company.directory()).render(statement, lines, words));
            ExplainView explainView = new ExplainView(w, facts, company.versions(), company.directory());
            explain.put(language, explainView.render(statement, lines, words));
            for (PlanResult result : statement.results()) {
                explainByPlan.computeIfAbsent(result.plan().id(), id -> new EnumMap<>(Language.class))
                        .put(language, explainView.render(new Statement(person, statement.today(), List.of(result))));
            }
        }
        List<FrozenStatement.PlanCash> cash = new ArrayList<>();
        for (PaidPlan plan : statements.get(company.settings().language()).plans()) {
            Plan inForce = company.plan(plan.planId()).flatMap(p -> company.versions().inForce(p, periodOf(statement, plan.planId(), period).start()))
                    .orElseThrow(() -> new IllegalStateException("plan " + plan.planId() + " has no version in force for " + period.key()));
            cash.add(new FrozenStatement.PlanCash(plan.planId(), plan.cash(), plan.versionFrom(), PlanDigest.of(inForce)));
        }
        return new FrozenStatement(person.id(), period.key(), inputs.apply(statement), statements, status, explain, explainByPlan, cash);
    }

    /** The plan's own period within the closed one (a monthly plan answers for the period's last month). */
    private static Period periodOf(Statement statement, String planId, Period closed) {
        return statement.results().stream().filter(r -> r.plan().id().equals(planId)).map(PlanResult::period).findFirst().orElse(closed);
    }

    private Language languageOf(Person person) {
        return person.language() == null ? company.settings().language() : person.language();
    }
}
