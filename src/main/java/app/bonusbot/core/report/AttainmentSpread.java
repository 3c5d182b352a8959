package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the sellers of a plan (or the teams of a team plan) attained in one period. The four shares are of
 * {@code measured}: below the threshold (the engine's threshold not met), from the threshold to below target, at or
 * above target (attainment ≥ 100 %), and at the cap (the cap took something off). At-cap sellers are counted above
 * target too.
 *
 * @param threshold the plan's threshold, empty when it has none
 * @param measured sellers with a target to measure against
 * @param buckets the histogram: 10 % wide from 0 % to 150 %, then one bucket for 150 % and more
 */
public record AttainmentSpread(Optional<BigDecimal> threshold, boolean hasCap, int measured, List<AttainmentBucket> buckets, Share belowThreshold,
        Share thresholdToTarget, Share aboveTarget, Share atCap) {

    public AttainmentSpread {
        buckets = List.copyOf(buckets);
    }

    /** Sellers who reached the threshold (between threshold and target, or above). */
    public Share reachedThreshold() {
        return Share.of(measured - belowThreshold.count(), measured);
    }
}
