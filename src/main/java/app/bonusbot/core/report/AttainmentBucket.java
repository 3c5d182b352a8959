package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One bar of the attainment histogram: how many sellers attained at least {@code from} and less than {@code to}
 * (1.0 = 100 %).
 *
 * @param to empty for the last bucket, which has no upper end
 */
public record AttainmentBucket(BigDecimal from, Optional<BigDecimal> to, int sellers) {}
