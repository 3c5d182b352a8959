package app.bonusbot.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
