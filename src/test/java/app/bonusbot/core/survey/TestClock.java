package app.bonusbot.core.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the test moves by hand, through weeks and quarters. */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public TestClock(ZonedDateTime start) {
        this.zone = start.getZone();
        this.now = start.toInstant();
    }

    public void set(ZonedDateTime moment) {
        now = moment.toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public ZonedDateTime now() {
        return now.atZone(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock copy = new TestClock(now.atZone(zone));
        return copy;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
