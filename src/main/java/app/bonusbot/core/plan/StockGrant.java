package app.bonusbot.core.plan;

import java.time.LocalDate;

/** A grant of shares vesting monthly after a cliff. */
public record StockGrant(String personId, long shares, LocalDate grantDate, int cliffMonths, int vestingMonths) {}
