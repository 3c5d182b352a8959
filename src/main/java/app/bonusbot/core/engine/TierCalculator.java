package app.bonusbot.core.engine;

import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.BandMode;
import app.bonusbot.core.plan.Tiers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attainment a = metric / target; marginal: sum of max(0, min(a, to) - from) x base x rate; retroactive:
 * a x base x rate of the band containing a; nothing below the threshold; then the cap.
 */
public final class TierCalculator {

    private TierCalculator() {}

    /**
     * @param base what the rates multiply: the target (commission style) or the target bonus / pool
     * @param targetBonus for a cap expressed as a multiple of the target bonus
     */
    public static TierOutcome apply(Tiers tiers, BigDecimal metric, BigDecimal target, BigDecimal base, BigDecimal targetBonus) {
        BigDecimal attainment = Money.divide(metric, target);
        boolean thresholdMet = tiers.threshold() == null || attainment.compareTo(tiers.threshold()) >= 0;
        List<PayoutLine> lines = new ArrayList<>();
        if (thresholdMet) {
            if (tiers.mode() == BandMode.MARGINAL) {
                for (Band band : tiers.bands()) {
                    if (attainment.compareTo(band.from()) <= 0) {
                        continue;
                    }
                    // Work in metric units, dividing by the target once, so the line is exact before it is rounded.
                    BigDecimal sliceTopMetric = band.to() == null ? metric : metric.min(band.to().multiply(target));
                    BigDecimal sliceMetric = sliceTopMetric.subtract(band.from().multiply(target));
                    BigDecimal amount = Money.divide(sliceMetric.multiply(base).multiply(band.rate()), target);
                    BigDecimal sliceTo = band.to() == null ? attainment : attainment.min(band.to());
                    lines.add(new PayoutLine.BandLine(band, band.from(), sliceTo, base, amount));
                }
            } else {
                Optional<Band> band = tiers.retroactiveBand(attainment);
                if (band.isPresent() && attainment.signum() > 0) {
                    BigDecimal amount = Money.divide(metric.multiply(base).multiply(band.get().rate()), target);
                    lines.add(new PayoutLine.BandLine(band.get(), BigDecimal.ZERO, attainment, base, amount));
                }
            }
        }
        BigDecimal total = sum(lines);
        BigDecimal capLimit = tiers.cap() == null ? null : tiers.cap().limit(targetBonus);
        capLimit = capLimit == null ? null : Money.line(capLimit);
        boolean capped = false;
        if (capLimit != null && total.compareTo(capLimit) > 0) {
            lines.add(new PayoutLine.CapLine(capLimit, capLimit.subtract(total)));
            total = sum(lines);
            capped = true;
        }
        return new TierOutcome(attainment, thresholdMet, lines, capLimit, capped, total);
    }

    /**
     * The next tier above where the metric stands, with what is still needed to reach it, rounded up to the given
     * number of decimals (2 for money, 0 for whole deals, 4 for a win rate).
     */
    public static Optional<NextStep> nextStep(Tiers tiers, BigDecimal metric, BigDecimal target, int scale) {
        BigDecimal attainment = Money.divide(metric, target);
        if (tiers.threshold() != null && attainment.compareTo(tiers.threshold()) < 0) {
            BigDecimal rate = tiers.bandContaining(tiers.threshold()).map(Band::rate).orElse(BigDecimal.ZERO);
            return Optional.of(step(tiers.threshold(), metric, target, rate, true, scale));
        }
        return tiers.nextBandAbove(attainment).map(b -> step(b.from(), metric, target, b.rate(), false, scale));
    }

    private static NextStep step(BigDecimal at, BigDecimal metric, BigDecimal target, BigDecimal rate, boolean threshold, int scale) {
        BigDecimal needed = at.multiply(target).subtract(metric).setScale(scale, RoundingMode.CEILING);
        return new NextStep(at, needed, rate, threshold);
    }

    static BigDecimal sum(List<PayoutLine> lines) {
        return lines.stream().map(PayoutLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
