package app.bonusbot.core.command;

import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.StockValue;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /bonus statement}: a pay statement as a reply, every plan with every line, the adjustments, the cash total,
 * and whether it is the closed one (what was paid) or provisional.
 */
public final class StatementView {

    private final Wording w;
    private final FrozenAnswers frozen;

    StatementView(Wording wording, FrozenAnswers frozen) {
        this.w = wording;
        this.frozen = frozen;
    }

    /** A statement as a reply in its own language, for adapters that show one outside a chat answer (the CLI). */
    public static Reply of(PayStatement statement, app.bonusbot.core.company.Company company, LocalDate today) {
        Wording w = Wording.of(statement.language(), company.settings());
        return new StatementView(w, new FrozenAnswers(w, company)).render(statement, today);
    }

    /** @param today the day a provisional statement's figures are as of */
    Reply render(PayStatement statement, LocalDate today) {
        Reply.Builder reply = Reply.builder(w.t("statement.summary", statement.personName(), statement.periodLabel(), w.money(statement.total())));
        reply.header(w.t("statement.header", statement.personName(), statement.periodLabel()));
        reply.context(statement.closed().map(frozen::marker)
                .orElseGet(() -> w.t("statement.provisional", statement.periodLabel(), w.date(today.isAfter(statement.periodEnd()) ? statement.periodEnd() : today))));
        for (PaidPlan plan : statement.plans()) {
            reply.divider();
            reply.subheading(plan.planName());
            plan.versionFrom().ifPresent(from -> reply.context(w.t("explain.plan_version_from", w.date(from))));
            plan.lines().forEach(line -> reply.calculation(line.description(), w.money(line.amount())));
            if (plan.stock().isPresent()) {
                StockValue stock = plan.stock().get();
                reply.calculation(w.t("statement.stock", w.count("shares", stock.vestedUnits()), w.money(stock.sharePrice())), w.money(stock.vestedValue()));
            } else {
                reply.calculation(w.t("explain.total"), w.money(plan.cash()));
            }
        }
        if (!statement.adjustments().isEmpty()) {
            reply.divider();
            reply.subheading(w.t("statement.adjustments"));
            for (PaidLine line : statement.adjustments()) {
                reply.calculation(line.description(), w.money(line.amount()));
            }
        }
        reply.divider();
        reply.fields(List.of(new Field(w.t("field.total_payout"), w.money(statement.total()))));
        return reply.build();
    }
}
