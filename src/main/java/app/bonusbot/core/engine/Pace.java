package app.bonusbot.core.engine;

import java.math.BigDecimal;

/**
 * Where the period ends if the rest of it goes like the days so far.
 *
 * @param projectedAttainment null for a plan without target
 */
public record Pace(long elapsedDays, long totalDays, BigDecimal projectedMetric, BigDecimal projectedAttainment, BigDecimal projectedPayout) {}
