package app.bonusbot.core.command;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.PlanResult.GrantStatus;
import app.bonusbot.core.engine.PlanResult.InstallmentStatus;
import app.bonusbot.core.engine.PlanResult.RuleProgress;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.Locale;

/** The calculation lines of milestone, retention and stock plans. */
final class OtherExplanations {

    private final Wording w;
    private final PayoutLineWording lines;

    OtherExplanations(Wording wording) {
        this.w = wording;
        this.lines = new PayoutLineWording(wording);
    }

    void addTo(Reply.Builder reply, PlanResult result) {
        if (result instanceof PlanResult.Milestone m) {
            milestone(reply, m);
        } else if (result instanceof PlanResult.Retention r) {
            retention(reply, r);
        } else if (result instanceof PlanResult.Stock s) {
            stock(reply, s);
        }
    }

    private void milestone(Reply.Builder reply, PlanResult.Milestone m) {
        for (RuleProgress progress : m.rules()) {
            MilestoneRule rule = progress.rule();
            String name = rule.name().in(w.language());
            if (rule instanceof MilestoneRule.CountReached count) {
                reply.calculation(w.t(progress.reached() ? "explain.count_reached" : "explain.count_not_reached", name,
                        progress.deals().size(), w.count("deals", count.count()), w.money(count.amount())),
                        w.money(progress.reached() ? count.amount() : BigDecimal.ZERO.setScale(2)));
            } else {
                reply.calculation(w.t("explain.per_event", name, progress.deals().size(), w.money(rule.amount())),
                        w.money(rule.amount().multiply(BigDecimal.valueOf(progress.deals().size()))));
                for (Deal d : progress.deals()) {
                    reply.calculation("    " + lines.eventDeal(d), w.money(rule.amount()));
                }
            }
        }
        reply.calculation(w.t("explain.total"), w.money(m.total()));
    }

    private void retention(Reply.Builder reply, PlanResult.Retention r) {
        if (r.hireDate() == null) {
            reply.text(w.t("retention.no_hire_date"));
            return;
        }
        for (InstallmentStatus status : r.installments()) {
            String state = w.t("installment." + status.state().name().toLowerCase(Locale.ROOT));
            boolean paid = status.state() == PlanResult.InstallmentState.PAID;
            reply.calculation(lines.installment(status.installment().months(), r.hireDate(), status.dueDate(), status.installment().amount(), state),
                    w.money(paid ? status.installment().amount() : BigDecimal.ZERO.setScale(2)));
        }
        reply.calculation(w.t("explain.total"), w.money(r.total()));
    }

    private void stock(Reply.Builder reply, PlanResult.Stock s) {
        for (GrantStatus g : s.grants()) {
            reply.calculation(w.t("explain.grant", w.count("shares", g.grant().shares()), w.date(g.grant().grantDate()),
                    w.count("months", g.grant().cliffMonths()), w.count("months", g.grant().vestingMonths())), "");
            reply.calculation(w.t("explain.completed_months", w.date(s.valuedOn())), Long.toString(g.completedMonths()));
            if (g.completedMonths() < g.grant().cliffMonths()) {
                reply.calculation(w.t("explain.before_cliff"), w.formats().count(0));
            } else {
                long months = Math.min(g.completedMonths(), g.grant().vestingMonths());
                reply.calculation(w.t("explain.vested_formula", w.formats().count(g.grant().shares()), months, g.grant().vestingMonths()),
                        w.formats().count(g.vested()));
            }
        }
        reply.calculation(w.t("explain.stock_value", w.count("shares", s.vested()), w.money(s.sharePrice())), w.money(s.value()));
        reply.context(w.t("stock.not_cash", w.date(s.valuedOn())));
    }
}
