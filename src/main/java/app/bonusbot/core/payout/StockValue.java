package app.bonusbot.core.payout;

import java.math.BigDecimal;

/** What a stock plan stands at on a statement: shares, never cash, so never in a statement's total. */
public record StockValue(long vestedUnits, long unvestedUnits, BigDecimal sharePrice, BigDecimal vestedValue) {}
