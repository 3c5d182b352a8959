/**
 * The plan math: evaluates every plan kind for a person and period into a statement of payout lines (BigDecimal,
 * HALF_UP to 2 decimals), pace and next tier. Reads deals through the {@link app.bonusbot.core.engine.DealFacts}
 * port. Pure.
 */
package app.bonusbot.core.engine;
