package app.bonusbot.core.engine;

import java.math.BigDecimal;

/**
 * What the next tier is and how far away it is.
 *
 * @param attainment where the next tier starts (1.0 = 100 %)
 * @param metricNeeded how much more of the metric reaches it (money rounded up to cents, deals up to whole deals)
 * @param rate the rate of the next tier
 * @param threshold whether the next step is passing the threshold
 */
public record NextStep(BigDecimal attainment, BigDecimal metricNeeded, BigDecimal rate, boolean threshold) {}
