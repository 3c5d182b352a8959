package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import java.math.BigDecimal;

/**
 * How often one milestone rule paid in a period: per matching deal, or once per person reaching the count.
 *
 * @param paid the cash those events paid
 */
public record MilestoneEvents(String ruleId, LocalizedText name, int events, BigDecimal paid) {}
