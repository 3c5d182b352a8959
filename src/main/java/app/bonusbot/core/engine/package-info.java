/**
 * The plan math: evaluates every plan kind for a person and period into a statement of payout lines (BigDecimal,
 * HALF_UP to 2 decimals), pace and next tier. Reads deals through the {@link app.bonusbot.core.engine.DealFacts}
 * port, or for work over the whole company (the weekly digest) every owner's at once through
 * {@link app.bonusbot.core.engine.CompanyDeals}. Pure.
 */
package app.bonusbot.core.engine;
