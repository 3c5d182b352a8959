package app.bonusbot.core.command;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.TeamSplit;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The words of one payout line, as {@code /bonus explain} says them and a pay statement lists them: both read them
 * from here, so a statement line says exactly what the explanation of the same figure says.
 */
final class PayoutLineWording {

    private final Wording w;

    PayoutLineWording(Wording wording) {
        this.w = wording;
    }

    /** "Band 100 % – 150 % at 5 %: slice 20 % × target 100,000.00". */
    String bandSlice(Band band, PayoutBase base, BigDecimal slice, String baseLabel, BigDecimal baseAmount) {
        return w.t("explain.band_slice", w.band(band), w.rate(base, band.rate()), w.percent(slice), baseLabel + " " + w.money(baseAmount));
    }

    String bandSlice(PayoutLine.BandLine line, PayoutBase base, String baseLabel) {
        return bandSlice(line.band(), base, line.sliceTo().subtract(line.sliceFrom()), baseLabel, line.base());
    }

    /** The cap as configured: an amount, or a multiple of the target bonus with what it comes to. */
    String cap(Cap cap, String baseLabel, BigDecimal limit) {
        return cap instanceof Cap.MultipleOfTargetBonus m ? w.t("explain.cap_multiple", w.formats().number(m.multiple(), 4), baseLabel, w.money(limit))
                : w.money(limit);
    }

    String capApplied(Cap cap, String baseLabel, BigDecimal limit) {
        return w.t("explain.cap_applied", cap(cap, baseLabel, limit));
    }

    String flat(MetricKind kind, BigDecimal metric, BigDecimal rate) {
        return w.t("explain.flat", w.metric(kind, metric), w.percent(rate));
    }

    /** A member's share of the team pool; {@code contributionKind} counts deals unless the team metric is a sum. */
    String share(PayoutLine.ShareLine share, MetricKind contributionKind, long sharers, LocalDate periodEnd) {
        return share.split() == TeamSplit.EQUAL
                ? w.t("explain.share_equal", w.money(share.pool()), w.count("members", sharers), w.date(periodEnd))
                : w.t("explain.share_contribution", w.money(share.pool()), w.metric(contributionKind, share.numerator()),
                        w.metric(contributionKind, share.denominator()));
    }

    /**
     * As {@link #share(PayoutLine.ShareLine, MetricKind, long, LocalDate)}, naming the team whose pool it is: for someone
     * who shares in the pools of several teams of the plan (a contribution split, after a move).
     */
    String share(PayoutLine.ShareLine share, MetricKind contributionKind, long sharers, LocalDate periodEnd, String teamName) {
        if (share.split() == TeamSplit.EQUAL) {
            return share(share, contributionKind, sharers, periodEnd);
        }
        return w.t("explain.share_contribution_team", teamName, w.money(share.pool()), w.metric(contributionKind, share.numerator()),
                w.metric(contributionKind, share.denominator()));
    }

    /** One deal of a per-event rule: "12 Sep 2026 · Acme · 40,000.00". */
    String eventDeal(Deal deal) {
        return w.date(deal.closeDate()) + " · " + (deal.name() == null ? deal.id() : deal.name()) + " · " + w.money(deal.amount());
    }

    String countReached(String ruleName, long count, int needed, BigDecimal amount) {
        return w.t("explain.count_reached", ruleName, count, w.count("deals", needed), w.money(amount));
    }

    String installment(int months, LocalDate hireDate, LocalDate dueDate, BigDecimal amount, String state) {
        return w.t("explain.installment", w.count("months", months), w.date(hireDate), w.date(dueDate), w.money(amount), state);
    }
}
