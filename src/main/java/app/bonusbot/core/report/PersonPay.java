package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One person's figures of a plan and period: only in a report whose settings show individual pay (for admins).
 *
 * @param attainment empty on plans without attainment
 */
public record PersonPay(String personId, String name, String teamId, Optional<BigDecimal> attainment, BigDecimal payout) {}
