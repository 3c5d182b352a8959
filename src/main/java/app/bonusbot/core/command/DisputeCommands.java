package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeBook;
import app.bonusbot.core.dispute.DisputeMessenger;
import app.bonusbot.core.dispute.DisputeVerdict;
import app.bonusbot.core.dispute.NewDispute;
import app.bonusbot.core.dispute.Resolution;
import app.bonusbot.core.dispute.SalesOpsNotice;
import app.bonusbot.core.dispute.SellerNotice;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dispute commands, whichever platform or the CLI they come from: opening a case (stored, then sales ops
 * notified with the seller's current figures), resolving one (admins only; the seller told by direct message), and
 * the caller's own cases. The notices go through the {@link DisputeMessenger} of the process, so that a case opened
 * in Slack reaches an admin who is only on Discord.
 */
public final class DisputeCommands {

    private final DisputeBook book;
    private final DisputeMessenger messenger;
    private final Supplier<Company> company;
    private final Clock clock;
    private final CrmFreshness crm;

    public DisputeCommands(DisputeBook book, DisputeMessenger messenger, Supplier<Company> company, Clock clock, CrmFreshness crm) {
        this.book = book;
        this.messenger = messenger;
        this.company = company;
        this.clock = clock;
        this.crm = crm;
    }

    public DisputeBook book() {
        return book;
    }

    public DisputeMessenger messenger() {
        return messenger;
    }

    Reply open(Company c, Evaluator evaluator, Person me, BonusCommand.OpenDispute command, LocalDate today, Wording w) {
        List<Plan> plans = c.plansOf(me);
        if (plans.isEmpty()) {
            return notice(w.t("error.no_plans", me.name()));
        }
        if (command.planId().isPresent()) {
            Optional<Plan> plan = CommandHandler.findPlan(plans, command.planId().get(), w.language());
            if (plan.isEmpty()) {
                return notice(w.t("error.unknown_plan", command.planId().get(), String.join(", ", plans.stream().map(Plan::id).toList())));
            }
            plans = List.of(plan.get());
        }
        Statement figures = evaluator.statement(me, plans, PeriodRequest.CURRENT, today);
        String periodKey = figures.results().get(0).period().key();
        Optional<String> planId = command.planId().map(typed -> figures.results().get(0).plan().id());
        Dispute dispute = book.open(new NewDispute(me.id(), command.text(), command.dealId(), planId, periodKey, clock.instant()));
        List<Person> admins = c.settings().adminIds().stream().map(id -> c.directory().person(id)).flatMap(Optional::stream).toList();
        messenger.toSalesOps(language -> salesOpsNotice(c, dispute, me, figures, language, today), admins, c.settings().language());
        return new DisputeView(w, c.settings().zone()).opened(dispute);
    }

    Reply resolve(Company c, Person me, BonusCommand.ResolveDispute command, Wording w) {
        if (!c.settings().isAdmin(me.id())) {
            return notice(w.t("error.dispute_not_admin"));
        }
        DisputeVerdict verdict = new DisputeVerdict(command.accept(), command.amount(), command.answer());
        Resolution resolution = book.resolve(command.number(), verdict, me.id(), clock.instant());
        DisputeView view = new DisputeView(w, c.settings().zone());
        if (resolution instanceof Resolution.Unknown) {
            return notice(w.t("error.dispute_unknown", command.number()));
        }
        if (resolution instanceof Resolution.AlreadyResolved already) {
            return view.alreadyResolved(already.dispute());
        }
        Dispute resolved = ((Resolution.Resolved) resolution).dispute();
        boolean told = tell(c, resolved);
        Person seller = c.directory().person(resolved.personId()).orElse(me);
        return view.resolved(resolved, seller, told);
    }

    Reply list(Company c, Person me, Wording w) {
        return new DisputeView(w, c.settings().zone()).list(book.list(Optional.of(me.id()), false));
    }

    /**
     * Tells the sellers of resolved cases who have not been told yet (a case resolved with the CLI, or whose direct
     * message failed), each once even with two bot processes on the database.
     *
     * @return how many were told
     */
    public int tellUntold() {
        if (!messenger.isConnected()) {
            return 0;
        }
        Company c = company.get();
        int told = 0;
        for (Dispute d : book.untold()) {
            told += tell(c, d) ? 1 : 0;
        }
        return told;
    }

    /** The seller's direct message, claimed first so that it goes once; given back when no platform took it. */
    private boolean tell(Company c, Dispute d) {
        Optional<Person> seller = c.directory().person(d.personId());
        if (seller.isEmpty() || !messenger.isConnected() || !book.claimTelling(d.number(), clock.instant())) {
            return false;
        }
        Wording w = Wording.of(CommandHandler.languageOf(c, seller), c.settings());
        Reply body = new DisputeView(w, c.settings().zone()).sellerNotice(d);
        if (messenger.toSeller(seller.get(), new SellerNotice(d, body, w.texts()))) {
            return true;
        }
        book.untell(d.number());
        return false;
    }

    private SalesOpsNotice salesOpsNotice(Company c, Dispute dispute, Person seller, Statement figures, Language language, LocalDate today) {
        Wording w = Wording.of(language, c.settings());
        Reply status = new StatusView(w, crm.freshness(), c.settings().zone(), today, c.directory()).render(figures);
        return new SalesOpsNotice(dispute, new DisputeView(w, c.settings().zone()).salesOpsNotice(dispute, seller, status), w.texts());
    }

    private static Reply notice(String text) {
        return Reply.builder(text).text(text).build();
    }
}
