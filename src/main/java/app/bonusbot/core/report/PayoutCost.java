package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a plan, a team or the company paid in cash in a period and the revenue it paid on.
 *
 * @param payout cash payout (stock is valued, not paid, so it is not in here); for a closed period what was paid
 * @param revenue won revenue the payout was measured on, in the company's currency
 * @param costOfSales payout as a percentage of revenue, 1 decimal HALF_UP; empty when there was no revenue
 * @param people how many people the figures are made of
 */
public record PayoutCost(BigDecimal payout, BigDecimal revenue, Optional<BigDecimal> costOfSales, int people) {}
