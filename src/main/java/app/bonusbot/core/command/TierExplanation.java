package app.bonusbot.core.command;

import app.bonusbot.core.engine.Money;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.Proration;
import app.bonusbot.core.engine.TierOutcome;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The lines of the band math: attainment, threshold, each band's slice, cap. */
final class TierExplanation {

    private final Wording w;
    private final PayoutLineWording lines;

    TierExplanation(Wording wording) {
        this.w = wording;
        this.lines = new PayoutLineWording(wording);
    }

    /** The full-period amount behind a prorated one, as configured (2 decimals). */
    static BigDecimal unprorated(BigDecimal prorated, Proration proration) {
        if (proration.isFull()) {
            return prorated;
        }
        return Money.divide(prorated.multiply(BigDecimal.valueOf(proration.periodDays())), BigDecimal.valueOf(proration.activeDays()))
                .setScale(2, RoundingMode.HALF_UP);
    }

    void prorated(Reply.Builder reply, String labelKey, BigDecimal prorated, Proration proration, java.util.function.Function<BigDecimal, String> format) {
        if (prorated == null) {
            return;
        }
        String value = format.apply(prorated);
        if (proration.isFull()) {
            reply.calculation(w.t(labelKey), value);
        } else {
            BigDecimal full = unprorated(prorated, proration);
            reply.calculation(w.t("explain.prorated", w.t(labelKey), format.apply(full), proration.activeDays(), w.count("days", proration.periodDays())), value);
        }
    }

    void attainment(Reply.Builder reply, String metric, String target, BigDecimal attainment) {
        reply.calculation(w.t("explain.attainment", metric, target), w.formats().percent(attainment));
    }

    void tiers(Reply.Builder reply, Tiers tiers, TierOutcome outcome, PayoutBase base, String baseLabel, BigDecimal baseAmount) {
        if (tiers.threshold() != null) {
            reply.calculation(w.t(outcome.thresholdMet() ? "explain.threshold_met" : "explain.threshold_not_met", w.percent(tiers.threshold()),
                    w.percent(outcome.attainment())), outcome.thresholdMet() ? "✓" : w.money(BigDecimal.ZERO.setScale(2)));
        }
        if (tiers.mode() == BandMode.RETROACTIVE) {
            reply.context(w.t("explain.retroactive"));
        }
        for (Band band : tiers.bands()) {
            PayoutLine.BandLine line = outcome.lines().stream()
                    .filter(l -> l instanceof PayoutLine.BandLine b && b.band().equals(band))
                    .map(l -> (PayoutLine.BandLine) l)
                    .findFirst().orElse(null);
            if (line == null) {
                String rate = w.rate(base, band.rate());
                String why = outcome.thresholdMet() ? "explain.band_not_reached" : "explain.band_below_threshold";
                if (tiers.mode() == BandMode.RETROACTIVE && outcome.thresholdMet() && band.from().compareTo(outcome.attainment()) <= 0) {
                    why = "explain.band_passed";
                }
                reply.calculation(w.t(why, w.band(band), rate), w.money(BigDecimal.ZERO.setScale(2)));
            } else {
                reply.calculation(lines.bandSlice(band, base, line.sliceTo().subtract(line.sliceFrom()), baseLabel, baseAmount), w.money(line.amount()));
            }
        }
        if (tiers.cap() != null && outcome.capLimit() != null) {
            String capText = lines.cap(tiers.cap(), baseLabel, outcome.capLimit());
            BigDecimal cut = outcome.lines().stream().filter(l -> l instanceof PayoutLine.CapLine).map(PayoutLine::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            reply.calculation(w.t(outcome.capped() ? "explain.cap_applied" : "explain.cap_not_reached", capText), w.money(cut));
        }
    }
}
