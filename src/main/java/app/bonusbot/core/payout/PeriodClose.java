package app.bonusbot.core.payout;

import java.time.Instant;

/** Who closed a period and when: from then on its statements are the frozen ones. */
public record PeriodClose(String periodKey, Instant closedAt, String closedBy) {}
