package app.bonusbot.core.command;

import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.NotClawedBack;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The adjustments paid with the periods of a statement, as their own lines under the plans: each with its reason, and
 * in explain a clawback the plan did not take with why. The periods are the statement's plans' own (a quarterly and a
 * monthly plan show the adjustments of both), so a person without adjustments costs the store nothing.
 */
record AdjustmentLines(List<Adjustment> adjustments) {

    static final AdjustmentLines NONE = new AdjustmentLines(List.of());

    static AdjustmentLines of(AdjustmentBook book, Statement statement) {
        if (book == AdjustmentBook.NONE) {
            return NONE;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (PlanResult r : statement.results()) {
            keys.add(r.period().key());
        }
        List<Adjustment> all = new ArrayList<>();
        keys.forEach(key -> all.addAll(book.of(statement.person().id(), key)));
        return all.isEmpty() ? NONE : new AdjustmentLines(all);
    }

    /** The statement's cash total with the adjustments. */
    BigDecimal total(Statement statement) {
        return adjustments.stream().map(Adjustment::amount).reduce(statement.total(), BigDecimal::add);
    }

    /** The lines that move money; a clawback not taken (0.00) is shown by explain alone. */
    List<Adjustment> paid() {
        return adjustments.stream().filter(a -> a.amount().signum() != 0).toList();
    }

    /** Adds the lines under a heading; nothing when there are none. */
    void addTo(Reply.Builder reply, Wording w, AdjustmentWording wording, boolean withNotTaken) {
        List<Adjustment> shown = withNotTaken ? adjustments.stream().filter(a -> a.amount().signum() != 0 || NotClawedBack.of(a).isPresent()).toList() : paid();
        if (shown.isEmpty()) {
            return;
        }
        reply.divider();
        reply.subheading(w.t("adjustments.heading"));
        for (Adjustment a : shown) {
            String line = wording.describe(a);
            var notTaken = NotClawedBack.of(a);
            if (notTaken.isPresent()) {
                String why = notTaken.get().windowDays().map(days -> w.t("adjustment.not_clawed_back.window", String.valueOf(days)))
                        .orElseGet(() -> w.t("adjustment.not_clawed_back.none"));
                line = w.t("adjustment.with_note", line, why, w.money(notTaken.get().amount()));
            }
            reply.calculation(line, w.money(a.amount()));
        }
    }
}
