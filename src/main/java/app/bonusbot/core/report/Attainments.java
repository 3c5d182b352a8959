package app.bonusbot.core.report;

import app.bonusbot.core.engine.TierOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attainment histogram and shares of some tier outcomes worked out by the engine. */
final class Attainments {

    /** Bucket width (10 %) and the start of the open last bucket (150 %). */
    static final BigDecimal WIDTH = new BigDecimal("0.1");
    static final int BOUNDED_BUCKETS = 15;

    private Attainments() {}

    /** @param outcomes one per seller (or team) measured; empty gives an empty spread */
    static AttainmentSpread of(List<TierOutcome> outcomes, Optional<BigDecimal> threshold, boolean hasCap) {
        int[] counts = new int[BOUNDED_BUCKETS + 1];
        int below = 0;
        int between = 0;
        int above = 0;
        int capped = 0;
        for (TierOutcome outcome : outcomes) {
            BigDecimal attainment = outcome.attainment();
            int bucket = attainment.signum() <= 0 ? 0 : attainment.divide(WIDTH, 0, RoundingMode.FLOOR).min(BigDecimal.valueOf(BOUNDED_BUCKETS)).intValue();
            counts[bucket]++;
            if (!outcome.thresholdMet()) {
                below++;
            } else if (attainment.compareTo(BigDecimal.ONE) < 0) {
                between++;
            } else {
                above++;
            }
            if (outcome.capped()) {
                capped++;
            }
        }
        List<AttainmentBucket> buckets = new ArrayList<>();
        for (int i = 0; i <= BOUNDED_BUCKETS; i++) {
            BigDecimal from = WIDTH.multiply(BigDecimal.valueOf(i));
            Optional<BigDecimal> to = i == BOUNDED_BUCKETS ? Optional.empty() : Optional.of(from.add(WIDTH));
            buckets.add(new AttainmentBucket(from, to, counts[i]));
        }
        int n = outcomes.size();
        return new AttainmentSpread(threshold, hasCap, n, buckets, Share.of(below, n), Share.of(between, n), Share.of(above, n), Share.of(capped, n));
    }
}
