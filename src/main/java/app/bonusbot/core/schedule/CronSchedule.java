package app.bonusbot.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cron-like time in local time of a zone: five fields {@code minute hour day-of-month month day-of-week}
 * ({@code 0 9 * * MON}), or the short form of days and a time ({@code MON 09:00}, {@code MON-FRI 8:30}, or just
 * {@code 09:00} for every day).
 *
 * <p>As in cron, when both day of month and day of week are restricted (neither starts with {@code *}), a day
 * matching either one counts. Daylight saving time: a local time that does not exist on the spring-forward day
 * happens at the first valid moment after it (02:30 becomes 03:00), and a local time that happens twice on the
 * fall-back day happens once, the first time.
 *
 * @param text the schedule as written, for messages
 */
public record CronSchedule(String text, ZoneId zone, CronField minutes, CronField hours, CronField daysOfMonth, CronField months,
        CronField daysOfWeek) implements Schedule {

    /** Enough days for any valid schedule to come round, 29 February on a restricted weekday included. */
    private static final int SEARCH_DAYS = 366 * 8 + 2;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final String FORMS = "write five cron fields (minute hour day-of-month month day-of-week, e.g. 0 9 * * MON) or a day and a time"
            + " (e.g. MON 09:00)";

    public CronSchedule {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * @throws IllegalArgumentException with a message that says what is wrong and which form is expected
     */
    public static CronSchedule parse(String text, ZoneId zone) {
        String trimmed = text == null ? "" : text.trim();
        String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        CronSchedule schedule;
        if (parts.length == 5) {
            schedule = new CronSchedule(trimmed, zone, CronField.parse(parts[0], CronField.MINUTE), CronField.parse(parts[1], CronField.HOUR),
                    CronField.parse(parts[2], CronField.DAY_OF_MONTH), CronField.parse(parts[3], CronField.MONTH),
                    CronField.parse(parts[4], CronField.DAY_OF_WEEK));
        } else if ((parts.length == 1 || parts.length == 2) && TIME.matcher(parts[parts.length - 1]).matches()) {
            Matcher time = TIME.matcher(parts[parts.length - 1]);
            time.matches();
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour > 23 || minute > 59) {
                throw new IllegalArgumentException("'" + trimmed + "': " + parts[parts.length - 1] + " is not a time of day (00:00–23:59)");
            }
            CronField days = CronField.parse(parts.length == 2 ? parts[0] : "*", CronField.DAY_OF_WEEK);
            schedule = new CronSchedule(trimmed, zone, new CronField(1L << minute, false), new CronField(1L << hour, false),
                    CronField.parse("*", CronField.DAY_OF_MONTH), CronField.parse("*", CronField.MONTH), days);
        } else {
            throw new IllegalArgumentException("'" + trimmed + "' is not a schedule: " + FORMS);
        }
        schedule.checkItCanHappen();
        return schedule;
    }

    @Override
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime moment) {
        Instant after = moment.toInstant();
        int[] hourValues = hours.values();
        int[] minuteValues = minutes.values();
        LocalDate day = moment.withZoneSameInstant(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            for (int hour : hourValues) {
                for (int minute : minuteValues) {
                    ZonedDateTime at = resolve(day.atTime(hour, minute));
                    if (at.toInstant().isAfter(after)) {
                        return Optional.of(at);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment) {
        Instant notAfter = moment.toInstant();
        int[] hourValues = hours.values();
        int[] minuteValues = minutes.values();
        LocalDate day = moment.withZoneSameInstant(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.minusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            for (int h = hourValues.length - 1; h >= 0; h--) {
                for (int m = minuteValues.length - 1; m >= 0; m--) {
                    ZonedDateTime at = resolve(day.atTime(hourValues[h], minuteValues[m]));
                    if (!at.toInstant().isAfter(notAfter)) {
                        return Optional.of(at);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the schedule has a time on this local date. */
    public boolean matches(LocalDate day) {
        if (!months.has(day.getMonthValue())) {
            return false;
        }
        boolean dayOfMonth = daysOfMonth.has(day.getDayOfMonth());
        boolean dayOfWeek = daysOfWeek.has(day.getDayOfWeek().getValue() % 7);
        if (daysOfMonth.star() || daysOfWeek.star()) {
            return dayOfMonth && dayOfWeek;
        }
        return dayOfMonth || dayOfWeek;
    }

    /**
     * The moment a local time means: the earlier one when the clocks go back, the end of the gap when they go forward.
     * Both keep occurrences in order, so searching forwards or backwards finds each one once.
     */
    private ZonedDateTime resolve(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getDateTimeAfter().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    /** A day of month that no chosen month has (31 APR, 30 FEB) would never run: refuse it rather than wait forever. */
    private void checkItCanHappen() {
        if (!daysOfMonth.star() && !daysOfWeek.star()) {
            return;
        }
        boolean any = false;
        for (int month : months.values()) {
            for (int dom : daysOfMonth.values()) {
                any |= dom <= Month.of(month).maxLength();
            }
        }
        if (!any) {
            throw new IllegalArgumentException("'" + text + "' never happens: no chosen month has any of the chosen days");
        }
    }

    @Override
    public String toString() {
        return text + " (" + zone + ")";
    }
}
