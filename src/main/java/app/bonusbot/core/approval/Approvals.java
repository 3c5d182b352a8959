package app.bonusbot.core.approval;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Manager approval of a period's statements: each team's figures, who has approved them, approving (a button, a chat
 * command, the CLI), asking for approval, and the close gate. The figures of a period are worked out once per company
 * snapshot: a write to people, targets or deals, by any process, brings a new snapshot and so new figures.
 */
public final class Approvals {

    private final ApprovalSettings settings;
    private final ApprovalRepository repository;
    private final Supplier<Company> company;
    private final DealFacts facts;
    private final Clock clock;
    private Company figuredFor;
    private final Map<String, List<TeamFigures>> figured = new HashMap<>();

    /** @param company the company as of now: a new object after every write (the store's snapshots) */
    public Approvals(ApprovalSettings settings, ApprovalRepository repository, Supplier<Company> company, DealFacts facts, Clock clock) {
        this.settings = settings;
        this.repository = repository;
        this.company = company;
        this.facts = facts;
        this.clock = clock;
    }

    public ApprovalSettings settings() {
        return settings;
    }

    public ApprovalRepository repository() {
        return repository;
    }

    public Company company() {
        return company.get();
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return company().settings().zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The wording of a person's language, else the company's. */
    public ApprovalWording wording(Optional<Person> person) {
        Company c = company();
        Language language = person.map(Person::language).filter(l -> l != null).orElse(c.settings().language());
        return wording(language);
    }

    public ApprovalWording wording(Language language) {
        Company c = company();
        return new ApprovalWording(language, c.settings().currency(), c.settings().zone());
    }

    /**
     * The period a request names, as approvals count periods: a named period as named ({@code 2026-Q3}, {@code 2026-09},
     * {@code FY2027}); {@code last month} a month; {@code current}, {@code previous} and {@code Q3} quarters.
     */
    public Period period(PeriodRequest request) {
        Company c = company();
        PeriodKind kind = PeriodKind.QUARTER;
        if (request instanceof PeriodRequest.Explicit e) {
            kind = e.period().kind();
        } else if (request instanceof PeriodRequest.Relative r) {
            kind = r.kind();
        }
        return request.resolve(kind, today(), c.settings().fiscalYear());
    }

    /** A period typed by a person or on the command line; empty when it is none. */
    public Optional<Period> period(String typed) {
        return PeriodRequest.parse(typed).map(this::period);
    }

    /** The period of a key as stored ({@code 2026-Q3}, {@code FY2027-Q1}). */
    public Optional<Period> periodOfKey(String key) {
        return company().settings().fiscalYear().parse(key);
    }

    /**
     * The figures of every team with statements in the period, in the directory's order: its members employed some
     * of the period who are on at least one plan, each with their cash total.
     */
    public List<TeamFigures> figures(Period period) {
        Company c = company();
        synchronized (figured) {
            if (c != figuredFor) {
                figured.clear();
                figuredFor = c;
            }
            List<TeamFigures> kept = figured.get(period.key());
            if (kept != null) {
                return kept;
            }
        }
        Evaluator evaluator = new Evaluator(c, facts);
        DateRange window = DateRange.of(period);
        LocalDate today = today();
        List<TeamFigures> all = new ArrayList<>();
        for (Team team : c.directory().teams()) {
            List<Person> members = c.directory().members(team.id()).stream().filter(m -> m.activeWithin(window).isPresent()).toList();
            TeamFigures figures = TeamFigures.of(team, period, evaluator.statements(members, new PeriodRequest.Explicit(period), today));
            if (!figures.members().isEmpty()) {
                all.add(figures);
            }
        }
        List<TeamFigures> result = List.copyOf(all);
        synchronized (figured) {
            if (c == figuredFor) {
                figured.put(period.key(), result);
            }
        }
        return result;
    }

    /** Every team with statements in the period and a manager, with where its approval stands. */
    public List<TeamApproval> teams(Period period) {
        Company c = company();
        List<Approval> approvals = repository.approvals(period.key());
        List<TeamApproval> teams = new ArrayList<>();
        for (TeamFigures figures : figures(period)) {
            String managerId = figures.team().managerId();
            if (managerId == null) {
                continue;
            }
            String name = c.directory().person(managerId).map(Person::name).orElse(managerId);
            teams.add(new TeamApproval(figures, managerId, name, ApprovalGate.latest(approvals, figures)));
        }
        return teams;
    }

    /**
     * The close gate: may the period be closed? Refused (with the managers missing in {@link ApprovalGate.Verdict#message()})
     * when settings.yaml requires approval and a team with statements in it lacks its manager's approval of the figures
     * it has now.
     */
    public ApprovalGate.Verdict gate(Period period) {
        Company c = company();
        if (!settings.required()) {
            return ApprovalGate.verdict(settings, period, List.of(), List.of(), c.directory(), c.settings().zone());
        }
        return ApprovalGate.verdict(settings, period, figures(period), repository.approvals(period.key()), c.directory(), c.settings().zone());
    }

    /** Asks the managers for approval of the period: the running bot sends the asks and the daily reminders. */
    public boolean request(Period period, String actor) {
        return repository.request(period.key(), now(), actor);
    }

    /**
     * {@code /bonus approve [period]} and the CLI's {@code approve}: the manager approves the current figures of every
     * team they manage that has statements in the period. Without a period: the earliest period asked for in which one
     * of their teams still lacks their approval, else the previous quarter.
     *
     * @param actor recorded as who approved: the manager in chat, {@code cli} or {@code --by} on the command line
     */
    public ApprovalAnswer approve(Person manager, Optional<PeriodRequest> request, String actor) {
        ApprovalWording w = wording(Optional.of(manager));
        Optional<ApprovalAnswer> refused = refusedBeforeFigures(manager, w);
        if (refused.isPresent()) {
            return refused.get();
        }
        Period period = request.map(this::period).orElseGet(() -> awaitedPeriod(manager).orElseGet(() -> period(PeriodRequest.PREVIOUS)));
        return approve(manager, period, actor, w);
    }

    /**
     * As {@link #approve(Person, Optional, String)} for a period already resolved, worded in {@code w}'s language: the
     * CLI's, which speaks the company's.
     */
    public ApprovalAnswer approve(Person manager, Period period, String actor, ApprovalWording w) {
        Optional<ApprovalAnswer> refused = refusedBeforeFigures(manager, w);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<TeamApproval> own = teams(period).stream().filter(t -> t.managerId().equals(manager.id())).toList();
        if (own.isEmpty()) {
            return refused(w, w.t("approval.no_statements", w.period(period)));
        }
        List<String> lines = new ArrayList<>();
        boolean recorded = false;
        for (TeamApproval team : own) {
            if (team.approved()) {
                lines.add(w.t("approval.already", team.figures().team().name(), w.period(period), w.moment(team.approval().orElseThrow().approvedAt())));
            } else {
                Instant at = record(team.figures(), manager.id(), actor);
                lines.add(w.approved(team.figures(), at).summary());
                recorded = true;
            }
        }
        String text = String.join("\n", lines);
        return new ApprovalAnswer(recorded ? ApprovalAnswer.Kind.APPROVED : ApprovalAnswer.Kind.ALREADY_APPROVED, w.notice(text), w.language());
    }

    private Optional<ApprovalAnswer> refusedBeforeFigures(Person manager, ApprovalWording w) {
        if (!settings.required()) {
            return Optional.of(refused(w, w.t("approval.off")));
        }
        if (company().directory().teamsManagedBy(manager.id()).isEmpty()) {
            return Optional.of(refused(w, w.t("approval.not_a_manager")));
        }
        return Optional.empty();
    }

    /**
     * A click on an Approve button: recorded when the clicker is that team's manager and the figures are still those
     * the message showed; refused otherwise, saying why.
     */
    public ApprovalAnswer click(Optional<Person> clicker, Optional<ApprovalButton> button) {
        ApprovalWording w = wording(clicker);
        if (clicker.isEmpty() || button.isEmpty()) {
            return refused(w, w.t("approval.unknown_button"));
        }
        Company c = company();
        Optional<Team> team = c.directory().team(button.get().teamId());
        Optional<Period> period = periodOfKey(button.get().periodKey());
        if (team.isEmpty() || period.isEmpty()) {
            return refused(w, w.t("approval.unknown_button"));
        }
        if (!clicker.get().id().equals(team.get().managerId())) {
            String manager = team.get().managerId() == null ? "–" : c.directory().person(team.get().managerId()).map(Person::name).orElse(team.get().managerId());
            return refused(w, w.t("approval.not_the_manager", team.get().name(), manager));
        }
        if (!settings.required()) {
            return refused(w, w.t("approval.off"));
        }
        Optional<TeamApproval> now = teams(period.get()).stream().filter(t -> t.figures().team().id().equals(team.get().id())).findFirst();
        if (now.isEmpty() || !button.get().matches(now.get().figures())) {
            return refused(w, w.t("approval.changed_since_message", team.get().name(), w.period(period.get()), period.get().key()));
        }
        if (now.get().approved()) {
            return new ApprovalAnswer(ApprovalAnswer.Kind.ALREADY_APPROVED,
                    w.notice(w.t("approval.already", team.get().name(), w.period(period.get()), w.moment(now.get().approval().orElseThrow().approvedAt()))),
                    w.language());
        }
        Instant at = record(now.get().figures(), clicker.get().id(), clicker.get().id());
        return new ApprovalAnswer(ApprovalAnswer.Kind.APPROVED, w.approved(now.get().figures(), at), w.language());
    }

    private Instant record(TeamFigures figures, String managerId, String actor) {
        Instant at = now();
        repository.approve(new Approval(figures.period().key(), figures.team().id(), managerId, at, actor, figures.digest(), figures.totals()));
        return at;
    }

    /** The earliest period asked for in which a team of the manager still lacks their approval. */
    private Optional<Period> awaitedPeriod(Person manager) {
        for (String key : repository.openRequests()) {
            Optional<Period> period = periodOfKey(key);
            if (period.isPresent() && teams(period.get()).stream().anyMatch(t -> t.managerId().equals(manager.id()) && !t.approved())) {
                return period;
            }
        }
        return Optional.empty();
    }

    private static ApprovalAnswer refused(ApprovalWording w, String text) {
        return new ApprovalAnswer(ApprovalAnswer.Kind.REFUSED, w.notice(text), w.language());
    }
}
