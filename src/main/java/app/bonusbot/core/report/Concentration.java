package app.bonusbot.core.report;

import java.math.BigDecimal;

/**
 * How concentrated a payout was among the people it was worked out for (those paid nothing count too). A plan's
 * concentration is shown only when its top 10 % are at least k people: their share of a shown total is their pay.
 *
 * @param topPeople how many make up the top 10 %: a tenth of the people, rounded up, at least one
 * @param topShare the top 10 %'s share of the payout, percent 1 decimal HALF_UP
 * @param medianPayout the median payout, 2 decimals HALF_UP (the mean of the middle two for an even number)
 */
public record Concentration(int people, int topPeople, BigDecimal topShare, BigDecimal medianPayout) {}
