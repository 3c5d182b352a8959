package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One round's mean of a question (or of a prerequisite's questions).
 *
 * @param mean empty where it was hidden (too few answered)
 */
public record TrendPoint(long runId, LocalDate opened, Optional<BigDecimal> mean) {}
