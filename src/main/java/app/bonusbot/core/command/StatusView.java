package app.bonusbot.core.command;

import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.util.List;

/** {@code /bonus status}: every plan the person is on, with the cash total. */
final class StatusView {

    private final Wording w;

    StatusView(Wording wording) {
        this.w = wording;
    }

    Reply render(Statement statement) {
        String name = statement.person().name();
        Reply.Builder reply = Reply.builder(w.t("status.summary", name, w.money(statement.total())));
        reply.header(w.t("status.header", name));
        PlanSummary summary = new PlanSummary(w);
        boolean first = true;
        for (PlanResult result : statement.results()) {
            if (!first) {
                reply.divider();
            }
            first = false;
            summary.addTo(reply, result, statement.today().isAfter(result.period().end()));
        }
        reply.divider();
        reply.fields(List.of(new Field(w.t("field.total_payout"), w.money(statement.total()))));
        reply.context(w.t("status.context", w.date(statement.results().isEmpty() ? statement.today() : statement.results().get(0).asOf())));
        return reply.build();
    }
}
