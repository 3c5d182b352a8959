package app.bonusbot.core.command;

import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.engine.TeamStatements;
import app.bonusbot.core.engine.WithExtraDeal;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyResultsAnswer;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.PeriodRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers {@code /bonus} commands for one identified person. Every answer is about the caller only (or, for
 * {@code team}, the teams the caller manages), so adapters can send it privately to the caller and nobody else.
 */
public final class CommandHandler {

    /** The deal type of a what-if deal when none is given. */
    public static final String DEFAULT_WHATIF_DEAL_TYPE = "new";

    private final Supplier<Company> company;
    private final DealFacts facts;
    private final Clock clock;
    private final SurveyCommands surveys;
    /** Null when the company supplier may hand out the same company while the deals change: nothing is kept then. */
    private final SnapshotMemo memo;
    private final PayAnswers pay;
    /** Null without approvals: {@code /bonus approve} then says approval is not switched on. */
    private final Approvals approvals;
    /** Empty without a store for cases: {@code /bonus dispute} then says disputes are not set up. */
    private final Optional<DisputeCommands> disputes;
    /** How a pay answer's reads are held to one state of the store. */
    private final AnswerReads reads;
    /** Empty without a report builder: {@code /bonus report} then says the report is not set up. */
    private final Optional<ReportCommands> reports;

    /** Without surveys: {@code /bonus feedback} finds nothing open. */
    public CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock) {
        this(company, facts, clock, Surveys.none(company, clock));
    }

    public CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, Surveys surveys) {
        this(company, facts, clock, surveys, CrmFreshness.NONE, null, ClosedPeriods.NONE, AdjustmentBook.NONE);
    }

    /** @param crm how fresh the synced CRM data is, said under {@code /bonus status} */
    public CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm) {
        this(company, facts, clock, surveys, crm, null, ClosedPeriods.NONE, AdjustmentBook.NONE);
    }

    /** @param adjustments the adjustments paid with each period, shown under status and explain and in their total */
    public CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm, AdjustmentBook adjustments) {
        this(company, facts, clock, surveys, crm, null, ClosedPeriods.NONE, adjustments);
    }

    /**
     * @param closedPeriods the closed periods: answers about one are its frozen ones, never worked out again
     * @param adjustments the adjustments a statement lists
     */
    public CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm, ClosedPeriods closedPeriods,
            AdjustmentBook adjustments) {
        this(company, facts, clock, surveys, crm, null, closedPeriods, adjustments);
    }

    private CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm, SnapshotMemo memo,
            ClosedPeriods closedPeriods, AdjustmentBook adjustments) {
        this(company, facts, clock, new SurveyCommands(surveys), memo, new PayAnswers(closedPeriods, adjustments, crm), null, Optional.empty(),
                AnswerReads.EACH_AS_IT_COMES, Optional.empty());
    }

    private CommandHandler(Supplier<Company> company, DealFacts facts, Clock clock, SurveyCommands surveys, SnapshotMemo memo, PayAnswers pay,
            Approvals approvals, Optional<DisputeCommands> disputes, AnswerReads reads, Optional<ReportCommands> reports) {
        this.company = company;
        this.facts = facts;
        this.clock = clock;
        this.surveys = surveys;
        this.memo = memo;
        this.pay = pay;
        this.approvals = approvals;
        this.disputes = disputes;
        this.reads = reads;
        this.reports = reports;
    }

    /** This handler answering {@code /bonus approve} with these approvals (settings.yaml {@code approval:}). */
    public CommandHandler withApprovals(Approvals approvals) {
        return new CommandHandler(company, facts, clock, surveys, memo, pay, approvals, disputes, reads, reports);
    }

    /** This handler answering the dispute commands with these. */
    public CommandHandler withDisputes(DisputeCommands cases) {
        return new CommandHandler(company, facts, clock, surveys, memo, pay, approvals, Optional.of(cases), reads, reports);
    }

    /**
     * This handler working out each pay answer (status, explain, statement, what-if, team, and the admins' views of
     * them) with its reads held to one state of the store. Answers that write (feedback, approve, disputes) read as
     * they go, so that they see their own write.
     */
    public CommandHandler withReadsAsOne(AnswerReads answerReads) {
        return new CommandHandler(company, facts, clock, surveys, memo, pay, approvals, disputes, answerReads, reports);
    }

    /** This handler answering {@code /bonus report} with these. */
    public CommandHandler withReports(ReportCommands report) {
        return new CommandHandler(company, facts, clock, surveys, memo, pay, approvals, disputes, reads, Optional.of(report));
    }

    /** The dispute commands, for the platforms' buttons and the bot's routine that tells sellers their answers. */
    public Optional<DisputeCommands> disputes() {
        return disputes;
    }

    /**
     * A handler on company snapshots: the supplier hands out a new {@link Company} object after every write to people,
     * teams, targets or deals, by any process (the store's CompanySnapshots does), and the same object otherwise.
     * What depends only on the company and its deals (a team plan's sums, a manager's team view) is then worked out
     * once per snapshot rather than once per answer, and still fresh after every write.
     *
     * @param crm how fresh the synced CRM data is, said under {@code /bonus status}
     */
    public static CommandHandler onSnapshots(Supplier<Company> snapshots, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm) {
        return onSnapshots(snapshots, facts, clock, surveys, crm, ClosedPeriods.NONE, AdjustmentBook.NONE);
    }

    /** As above, with the closed periods answered from their frozen statements and the adjustments statements list. */
    public static CommandHandler onSnapshots(Supplier<Company> snapshots, DealFacts facts, Clock clock, Surveys surveys, CrmFreshness crm,
            ClosedPeriods closedPeriods, AdjustmentBook adjustments) {
        return new CommandHandler(snapshots, facts, clock, surveys, crm, new SnapshotMemo(facts), closedPeriods, adjustments);
    }

    /** The company as of now, for adapters that word their own texts in the caller's language. */
    public Company company() {
        return company.get();
    }

    /** The approvals {@code /bonus approve} answers with, for the platforms' Approve buttons; empty without them. */
    public Optional<Approvals> approvals() {
        return Optional.ofNullable(approvals);
    }

    /** The survey commands, for adapters that render the form or the results' charts themselves. */
    public SurveyCommands surveys() {
        return surveys;
    }

    /**
     * @param personId the caller's person id as resolved by the adapter; null or unknown when the caller is not in
     *     the directory
     */
    public Reply handle(String personId, String text) {
        return handle(personId, CommandParser.parse(text));
    }

    /**
     * The answer with the charts that go with it: {@code survey results} carries the results' charts, which a chat
     * adapter draws and sends to the caller alone. Every other command's answer has none.
     */
    public Answer answer(String personId, String text) {
        return answer(personId, CommandParser.parse(text));
    }

    /** As {@link #answer(String, String)}, for a command an adapter built from structured options. */
    public Answer answer(String personId, BonusCommand command) {
        if (command instanceof BonusCommand.ShowSurveyResults r) {
            Optional<Person> viewer = surveys.person(personId);
            if (viewer.isPresent()) {
                SurveyResultsAnswer results = surveys.results(viewer.get(), r.survey());
                return new Answer(results.reply(), results.charts());
            }
        }
        if (command instanceof BonusCommand.Report r) {
            return report(personId, r);
        }
        return new Answer(handle(personId, command), List.of());
    }

    /** The language someone is answered in: their own, else the company's (also for someone unknown). */
    public Language languageOf(String personId) {
        Company c = company.get();
        return languageOf(c, personId == null ? Optional.empty() : c.directory().person(personId));
    }

    static Language languageOf(Company c, Optional<Person> person) {
        return person.map(Person::language).filter(l -> l != null).orElse(c.settings().language());
    }

    public Reply handle(String personId, BonusCommand command) {
        return aboutPay(command) ? reads.asOne(() -> answer(personId, command, company.get())) : answer(personId, command, company.get());
    }

    /** The answers that only read: those about pay, which must not mix two states of the store. */
    private static boolean aboutPay(BonusCommand command) {
        return command instanceof BonusCommand.Status || command instanceof BonusCommand.Explain || command instanceof BonusCommand.ShowStatement
                || command instanceof BonusCommand.WhatIf || command instanceof BonusCommand.TeamOverview || command instanceof BonusCommand.AdminStatus
                || command instanceof BonusCommand.AdminStatement;
    }

    private Reply answer(String personId, BonusCommand command, Company c) {
        LocalDate today = LocalDate.now(clock.withZone(c.settings().zone()));
        Optional<Person> person = personId == null ? Optional.empty() : c.directory().person(personId);
        Language language = languageOf(c, person);
        Wording w = Wording.of(language, c.settings());

        if (command instanceof BonusCommand.Help) {
            return new HelpView(w).render();
        }
        if (command instanceof BonusCommand.Malformed m) {
            return new HelpView(w).renderAfterError(w.t(m.reasonKey(), m.detail()));
        }
        if (person.isEmpty()) {
            return notice(w.t("error.not_enrolled"));
        }
        Person me = person.get();
        if (command instanceof BonusCommand.Feedback f) {
            return surveys.feedback(me, f.question(), f.answer());
        }
        if (command instanceof BonusCommand.ShowSurveyResults r) {
            return surveys.results(me, r.survey()).reply();
        }
        if (command instanceof BonusCommand.Report r) {
            return report(me.id(), r).reply();
        }
        if (command instanceof BonusCommand.Approve a) {
            return approvals == null ? notice(w.t("approval.off")) : approvals.approve(me, a.period(), me.id()).reply();
        }
        Evaluator evaluator = memo == null ? new Evaluator(c, facts) : memo.evaluator(c);
        if (command instanceof BonusCommand.OpenDispute || command instanceof BonusCommand.ResolveDispute || command instanceof BonusCommand.ListDisputes) {
            return dispute(c, evaluator, me, command, today, w);
        }
        if (command instanceof BonusCommand.TeamOverview t) {
            if (memo == null) {
                return team(c, evaluator, me, t.period(), today, w);
            }
            return memo.teamView(c, me.id(), t.period(), today, language, () -> team(c, evaluator, me, t.period(), today, w));
        }
        if (command instanceof BonusCommand.AdminStatus a) {
            return adminStatus(c, evaluator, me, a.person(), a.period(), today, w, false);
        }
        if (command instanceof BonusCommand.AdminStatement a) {
            return adminStatus(c, evaluator, me, a.person(), a.period(), today, w, true);
        }
        List<Plan> plans = c.plansOf(me);
        if (plans.isEmpty()) {
            return notice(w.t("error.no_plans", me.name()));
        }
        if (command instanceof BonusCommand.ShowStatement s) {
            return pay.statement(c, evaluator, me, plans, s.period(), today, w);
        }
        if (command instanceof BonusCommand.Status s) {
            return pay.status(c, evaluator, me, plans, s.period(), today, w);
        }
        if (command instanceof BonusCommand.Explain e) {
            if (e.planId().isEmpty()) {
                return pay.explain(c, evaluator, facts, me, plans, Optional.empty(), e.period(), today, w);
            }
            Optional<Plan> plan = findPlan(plans, e.planId().get(), language);
            if (plan.isEmpty()) {
                return notice(w.t("error.unknown_plan", e.planId().get(), String.join(", ", plans.stream().map(Plan::id).toList())));
            }
            return pay.explain(c, evaluator, facts, me, plans, plan, e.period(), today, w);
        }
        BonusCommand.WhatIf whatIf = (BonusCommand.WhatIf) command;
        String dealType = c.settings().names().dealTypeTyped(whatIf.dealType().orElse(DEFAULT_WHATIF_DEAL_TYPE));
        Statement before = evaluator.statement(me, plans, PeriodRequest.CURRENT, today);
        Statement after = new Evaluator(c, WithExtraDeal.wonDeal(facts, me.id(), whatIf.amount(), dealType, today)).statement(me, plans, PeriodRequest.CURRENT, today);
        return new WhatIfView(w).render(before, after, whatIf.amount(), dealType);
    }

    /** The plan health report's summary with the report, for admins; everyone else (and someone unknown) a notice. */
    private Answer report(String personId, BonusCommand.Report command) {
        Company c = company.get();
        Optional<Person> me = personId == null ? Optional.empty() : c.directory().person(personId);
        if (me.isEmpty()) {
            // handle() answers someone unknown before it gets to the report
            return new Answer(handle(personId, command), List.of());
        }
        if (reports.isEmpty()) {
            return new Answer(notice(Wording.of(languageOf(c, me), c.settings()).t("error.report_not_set_up")), List.of());
        }
        LocalDate today = LocalDate.now(clock.withZone(c.settings().zone()));
        return reports.get().answer(c, me.get(), command, today, Wording.of(languageOf(c, me), c.settings()));
    }

    private Reply dispute(Company c, Evaluator evaluator, Person me, BonusCommand command, LocalDate today, Wording w) {
        if (disputes.isEmpty()) {
            return notice(w.t("error.disputes_not_set_up"));
        }
        if (command instanceof BonusCommand.OpenDispute open) {
            return disputes.get().open(c, evaluator, me, open, today, w);
        }
        if (command instanceof BonusCommand.ResolveDispute resolve) {
            return disputes.get().resolve(c, me, resolve, w);
        }
        return disputes.get().list(c, me, w);
    }

    private Reply team(Company c, Evaluator evaluator, Person me, PeriodRequest request, LocalDate today, Wording w) {
        Map<Team, List<Statement>> statements = TeamStatements.of(c, evaluator, me, request, today, TeamView::shows);
        if (statements.isEmpty()) {
            return notice(w.t("error.not_a_manager"));
        }
        return new TeamView(w).render(me, statements);
    }

    /**
     * Sales ops answering "why is my bonus X?": admins see anyone's status or statement, in their own language.
     *
     * @param statement true for the person's pay statement, false for their status
     */
    private Reply adminStatus(Company c, Evaluator evaluator, Person me, String person, PeriodRequest period, LocalDate today, Wording w, boolean statement) {
        if (!c.settings().isAdmin(me.id())) {
            return notice(w.t("error.not_admin"));
        }
        Optional<Person> subject = c.directory().byChatReference(person);
        if (subject.isEmpty()) {
            return notice(c.directory().nearest(person)
                    .map(meant -> w.t("error.unknown_person_did_you_mean", person, meant.id(), meant.name()))
                    .orElseGet(() -> w.t("error.unknown_person", person)));
        }
        List<Plan> plans = c.plansOf(subject.get());
        if (plans.isEmpty()) {
            return notice(w.t("error.person_has_no_plans", subject.get().name()));
        }
        return statement ? pay.statement(c, evaluator, subject.get(), plans, period, today, w) : pay.status(c, evaluator, subject.get(), plans, period, today, w);
    }

    static Optional<Plan> findPlan(List<Plan> plans, String wanted, Language language) {
        String key = wanted.toLowerCase(Locale.ROOT);
        return plans.stream()
                .filter(p -> p.id().equalsIgnoreCase(key) || p.name().in(language).toLowerCase(Locale.ROOT).startsWith(key))
                .findFirst();
    }

    private static Reply notice(String text) {
        return Reply.builder(text).text(text).build();
    }
}
