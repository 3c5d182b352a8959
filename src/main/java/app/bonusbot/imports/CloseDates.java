package app.bonusbot.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a CRM close date into the date it is in the company's zone: {@code yyyy-MM-dd} as it is; an ISO
 * timestamp with offset or Z converted to the zone; a local timestamp by its date; then the mapping's patterns.
 */
final class CloseDates {

    private final ZoneId zone;
    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();

    CloseDates(ZoneId zone, List<String> patterns) {
        this.zone = zone;
        this.patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            formatters.add(DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
        }
    }

    /**
     * STRICT resolving refuses 2/30/2026 instead of quietly making it February 28th; it needs 'u' (year) where
     * people write 'y' (year of era).
     */
    private static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean literal = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                literal = !literal;
            }
            out.append(!literal && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** Null when blank. */
    LocalDate parse(String text) throws FieldError {
        if (text == null) {
            return null;
        }
        LocalDate plain = localDateOrTimestamp(text);
        if (plain != null) {
            return plain;
        }
        // HubSpot and spreadsheets often write "2026-09-30 22:30:00Z" with a space for the ISO 'T'.
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(iso).withZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException notLocal) {
            // try the configured patterns
        }
        for (DateTimeFormatter formatter : formatters) {
            try {
                return toDate(formatter.parseBest(text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from));
            } catch (DateTimeParseException notThisPattern) {
                // try the next pattern
            }
        }
        String accepted = patterns.isEmpty() ? "" : ", or one of " + String.join(", ", patterns);
        throw new FieldError(FieldError.quoted(text) + " is not a date; use yyyy-MM-dd, an ISO timestamp like 2026-09-30T22:30:00Z" + accepted);
    }

    /**
     * The date of {@code yyyy-MM-dd}, or of a timestamp without offset or zone ({@code yyyy-MM-dd HH:mm[:ss[.f]]},
     * with a space or a T), read by hand: these are most of every export, and trying the parsers in turn costs two
     * or three exceptions per row. Null for anything else, including impossible dates, which the parsers then judge.
     */
    private static LocalDate localDateOrTimestamp(String text) {
        int n = text.length();
        if (n < 10 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2) || text.charAt(7) != '-' || !digits(text, 8, 2)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
            if (n == 10) {
                return date;
            }
            char t = text.charAt(10);
            if (n < 16 || (t != ' ' && t != 'T') || !digits(text, 11, 2) || text.charAt(13) != ':' || !digits(text, 14, 2)) {
                return null;
            }
            int second = 0;
            int nanos = 0;
            if (n > 16) {
                if (n < 19 || text.charAt(16) != ':' || !digits(text, 17, 2)) {
                    return null;
                }
                second = number(text, 17, 2);
                if (n > 19) {
                    int fraction = n - 20;
                    if (text.charAt(19) != '.' || fraction < 1 || fraction > 9 || !digits(text, 20, fraction)) {
                        return null;
                    }
                    nanos = number(text, 20, fraction);
                    for (int i = fraction; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            }
            return LocalDateTime.of(date, LocalTime.of(number(text, 11, 2), number(text, 14, 2), second, nanos)).toLocalDate();
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private LocalDate toDate(TemporalAccessor parsed) {
        if (parsed instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDate();
        }
        if (parsed instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDate();
        }
        if (parsed instanceof LocalDateTime l) {
            return l.toLocalDate();
        }
        return (LocalDate) parsed;
    }
}
