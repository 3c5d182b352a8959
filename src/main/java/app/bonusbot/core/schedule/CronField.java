package app.bonusbot.core.schedule;

import java.util.Locale;
import java.util.Map;

/**
 * The values one field of a cron-like schedule allows, as bits ({@code 1L << value}).
 *
 * @param star whether the field was written starting with {@code *}: cron then treats the day fields as "no
 *     restriction", which decides how day of month and day of week combine
 */
public record CronField(long bits, boolean star) {

    /** What one field is called and which values and names it takes. */
    record Kind(String name, int min, int max, Map<String, Integer> names) {}

    static final Kind MINUTE = new Kind("minute", 0, 59, Map.of());
    static final Kind HOUR = new Kind("hour", 0, 23, Map.of());
    static final Kind DAY_OF_MONTH = new Kind("day of month", 1, 31, Map.of());
    static final Kind MONTH = new Kind("month", 1, 12, Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
            Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9),
            Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12)));
    /** 0 and 7 are both Sunday, as in cron. */
    static final Kind DAY_OF_WEEK = new Kind("day of week", 0, 7, Map.of("SUN", 0, "MON", 1, "TUE", 2, "WED", 3, "THU", 4, "FRI", 5, "SAT", 6));

    public boolean has(int value) {
        return value >= 0 && value < 64 && (bits & (1L << value)) != 0;
    }

    /** The allowed values in ascending order. */
    public int[] values() {
        int[] values = new int[Long.bitCount(bits)];
        long rest = bits;
        for (int i = 0; rest != 0; i++) {
            values[i] = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
        }
        return values;
    }

    /**
     * Parses a field: {@code *}, {@code *}{@code /n}, a value, a range {@code a-b}, a stepped range {@code a-b/n}, or a
     * comma-separated list of these. Values are numbers or, for months and days of the week, English names (JAN, MON,
     * or MONDAY), in any case.
     *
     * @throws IllegalArgumentException saying which field and what is wrong with it
     */
    static CronField parse(String text, Kind kind) {
        if (text.isEmpty()) {
            throw problem(kind, text, "is empty");
        }
        long bits = 0;
        for (String item : text.split(",", -1)) {
            bits |= item(item, kind, text);
        }
        if (kind == DAY_OF_WEEK && (bits & (1L << 7)) != 0) {
            bits = (bits & ~(1L << 7)) | 1L;
        }
        return new CronField(bits, text.startsWith("*"));
    }

    private static long item(String item, Kind kind, String field) {
        if (item.isEmpty()) {
            throw problem(kind, field, "has an empty entry in its list");
        }
        String range = item;
        int step = 1;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            range = item.substring(0, slash);
            step = number(item.substring(slash + 1), kind, field);
            if (step < 1) {
                throw problem(kind, field, "has a step of 0; use */1 or * for every " + kind.name());
            }
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = kind.min();
            to = kind == DAY_OF_WEEK ? 6 : kind.max();
        } else {
            int dash = range.indexOf('-');
            if (dash >= 0) {
                from = value(range.substring(0, dash), kind, field);
                to = value(range.substring(dash + 1), kind, field);
                // SAT-SUN or MON-SUN: Sunday as the end of a week range is day 7.
                if (kind == DAY_OF_WEEK && to == 0 && from > 0) {
                    to = 7;
                }
                if (to < from) {
                    throw problem(kind, field, "has the range " + range + ", which runs backwards; write the smaller value first");
                }
            } else {
                from = value(range, kind, field);
                // cron reads a/n as "from a to the end, every n".
                to = slash >= 0 ? kind.max() : from;
            }
        }
        long bits = 0;
        for (int v = from; v <= to; v += step) {
            bits |= 1L << v;
        }
        return bits;
    }

    private static int value(String text, Kind kind, String field) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (!kind.names().isEmpty() && !upper.isEmpty() && Character.isLetter(upper.charAt(0))) {
            Integer named = kind.names().get(upper.length() > 3 && isFullName(upper, kind) ? upper.substring(0, 3) : upper);
            if (named == null) {
                throw problem(kind, field, "has '" + text + "', which is not a " + kind.name() + " (use " + String.join(", ", sortedNames(kind))
                        + " or " + kind.min() + "–" + kind.max() + ")");
            }
            return named;
        }
        int value = number(text, kind, field);
        if (value < kind.min() || value > kind.max()) {
            throw problem(kind, field, "has " + value + ", outside " + kind.min() + "–" + kind.max());
        }
        return value;
    }

    private static boolean isFullName(String upper, Kind kind) {
        for (String full : kind == MONTH
                ? new String[] {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"}
                : new String[] {"SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"}) {
            if (full.equals(upper)) {
                return true;
            }
        }
        return false;
    }

    private static java.util.List<String> sortedNames(Kind kind) {
        return kind.names().entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    private static int number(String text, Kind kind, String field) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw problem(kind, field, "has " + (text.isEmpty() ? "nothing" : "'" + text + "'") + " where a number belongs");
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException problem(Kind kind, String field, String message) {
        return new IllegalArgumentException("the " + kind.name() + " field '" + field + "' " + message);
    }
}
