package app.bonusbot.core.command;

import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.engine.TierOutcome;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /bonus whatif}: the payout before and after one more won deal today, and any change of tier. */
final class WhatIfView {

    private final Wording w;

    WhatIfView(Wording wording) {
        this.w = wording;
    }

    Reply render(Statement before, Statement after, BigDecimal amount, String dealType) {
        BigDecimal gain = after.total().subtract(before.total());
        Reply.Builder reply = Reply.builder(w.t("whatif.summary", w.money(amount), w.money(gain)));
        reply.header(w.t("whatif.header", w.money(amount), w.dealType(dealType)));
        for (int i = 0; i < before.results().size(); i++) {
            PlanResult b = before.results().get(i);
            PlanResult a = after.results().get(i);
            if (b instanceof PlanResult.Stock) {
                continue;
            }
            reply.subheading(w.t("status.plan_title", w.planName(b.plan()), w.period(b.period())));
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(w.t("field.payout"), w.t("whatif.change", w.money(b.total()), w.money(a.total()), signed(a.total().subtract(b.total())))));
            tierChange(b, a).ifPresent(change -> fields.add(new Field(w.t("field.tier"), change)));
            reply.fields(fields);
        }
        reply.divider();
        reply.fields(List.of(new Field(w.t("field.total_payout"), w.t("whatif.change", w.money(before.total()), w.money(after.total()), signed(gain)))));
        reply.context(w.t("whatif.context", w.date(before.today())));
        return reply.build();
    }

    private Optional<String> tierChange(PlanResult before, PlanResult after) {
        if (before instanceof PlanResult.Performance b && after instanceof PlanResult.Performance a && b.tiers() != null && a.tiers() != null) {
            return Optional.of(tiers(b.plan().tiers(), b.plan().base(), b.tiers(), a.tiers()));
        }
        if (before instanceof PlanResult.Team b && after instanceof PlanResult.Team a && b.tiers() != null && a.tiers() != null) {
            return Optional.of(tiers(b.plan().tiers(), PayoutBase.TARGET_BONUS, b.tiers(), a.tiers()));
        }
        return Optional.empty();
    }

    private String tiers(Tiers tiers, PayoutBase base, TierOutcome before, TierOutcome after) {
        String attainment = w.percent(before.attainment()) + " → " + w.percent(after.attainment());
        if (!before.thresholdMet() && !after.thresholdMet()) {
            return w.t("whatif.still_below", attainment);
        }
        String from = tier(tiers, base, before);
        String to = tier(tiers, base, after);
        return from.equals(to) ? w.t("whatif.same_tier", from, attainment) : w.t("whatif.new_tier", from, to, attainment);
    }

    private String tier(Tiers tiers, PayoutBase base, TierOutcome outcome) {
        if (!outcome.thresholdMet()) {
            return w.t("whatif.below_threshold");
        }
        Optional<Band> band = tiers.bandContaining(outcome.attainment());
        return band.map(b -> w.band(b) + " " + w.rate(base, b.rate())).orElse(w.t("whatif.no_tier"));
    }

    private String signed(BigDecimal delta) {
        return (delta.signum() >= 0 ? "+" : "−") + w.money(delta.abs());
    }
}
