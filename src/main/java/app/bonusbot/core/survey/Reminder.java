package app.bonusbot.core.survey;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When people who have not answered are reminded: {@code days} days before the closing day, at a local time.
 *
 * @param days 0 is the closing day itself
 */
public record Reminder(int days, LocalTime at) {

    public Reminder {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** The moment of the reminder for a round closing at {@code closesAt}. */
    public Instant before(Instant closesAt, ZoneId zone) {
        return closesAt.atZone(zone).toLocalDate().minusDays(days).atTime(at).atZone(zone).toInstant();
    }
}
