package app.bonusbot.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** Every {@code interval}, at whole multiples of it since the epoch (every 30 s: at :00 and :30 of each minute). */
public record EveryInterval(Duration interval, ZoneId zone) implements Schedule {

    public EveryInterval {
        Objects.requireNonNull(zone, "zone");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
    }

    @Override
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime moment) {
        long every = interval.toMillis();
        long ms = moment.toInstant().toEpochMilli();
        return Optional.of(Instant.ofEpochMilli(Math.floorDiv(ms, every) * every + every).atZone(zone));
    }

    @Override
    public Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment) {
        long every = interval.toMillis();
        return Optional.of(Instant.ofEpochMilli(Math.floorDiv(moment.toInstant().toEpochMilli(), every) * every).atZone(zone));
    }
}
