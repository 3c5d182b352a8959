package app.bonusbot.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test sets and moves by hand; copies made with {@link #withZone} follow it. Safe to read from other threads. */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private final Instant[] now;

    public ManualClock(ZonedDateTime start) {
        this(start.getZone(), new Instant[] {start.toInstant()});
    }

    private ManualClock(ZoneId zone, Instant[] now) {
        this.zone = zone;
        this.now = now;
    }

    public void set(ZonedDateTime moment) {
        synchronized (now) {
            now[0] = moment.toInstant();
        }
    }

    public void advance(Duration duration) {
        synchronized (now) {
            now[0] = now[0].plus(duration);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(other, now);
    }

    @Override
    public Instant instant() {
        synchronized (now) {
            return now[0];
        }
    }
}
