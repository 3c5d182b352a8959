package app.bonusbot.core.time;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period words beyond period keys, in English and Danish alike: whoever types them, in whichever language they are
 * set to, means the same period. Texts arrive lower-cased with single spaces.
 */
final class PeriodWords {

    static final Set<String> CURRENT = Set.of("current", "now", "this", "nu", "denne", "dette", "nuværende");
    static final Set<String> PREVIOUS = Set.of("previous", "last", "prev", "forrige", "sidste");

    private static final Pattern QUARTER_ALONE = Pattern.compile("[qk]([1-4])");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?:fy ?)?(\\d{4})-k([1-4])");
    private static final Pattern FISCAL_YEAR_FIRST = Pattern.compile("fy ?(\\d{4}) [qk]([1-4])");
    private static final Pattern YEAR_LAST = Pattern.compile("[qk]([1-4])[ -](?:fy ?)?(\\d{4})");
    private static final Pattern TWO_WORDS = Pattern.compile("(\\S+) (\\S+)");

    private PeriodWords() {}

    /**
     * {@code q4} or {@code k4} (the latest such quarter), {@code 2026-k4}, {@code q4 2026}, {@code k4-2026}; a year may
     * say {@code fy} as fiscal-year labels do: {@code fy2027 q1}, {@code q1 fy2027}.
     */
    static Optional<PeriodRequest> quarter(String t) {
        Matcher m = QUARTER_ALONE.matcher(t);
        if (m.matches()) {
            return Optional.of(new PeriodRequest.QuarterOfYear(Integer.parseInt(m.group(1))));
        }
        m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return Period.parse(m.group(1) + "-Q" + m.group(2)).map(PeriodRequest.Explicit::new);
        }
        m = FISCAL_YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return Period.parse(m.group(1) + "-Q" + m.group(2)).map(PeriodRequest.Explicit::new);
        }
        m = YEAR_LAST.matcher(t);
        if (m.matches()) {
            return Period.parse(m.group(2) + "-Q" + m.group(1)).map(PeriodRequest.Explicit::new);
        }
        return Optional.empty();
    }

    /** {@code last quarter}, {@code sidste kvartal}, {@code this month}, {@code denne måned}, {@code forrige år}. */
    static Optional<PeriodRequest> relative(String t) {
        Matcher m = TWO_WORDS.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<PeriodKind> kind = kind(m.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (CURRENT.contains(m.group(1))) {
            return Optional.of(new PeriodRequest.Relative(kind.get(), 0));
        }
        if (PREVIOUS.contains(m.group(1))) {
            return Optional.of(new PeriodRequest.Relative(kind.get(), -1));
        }
        return Optional.empty();
    }

    private static Optional<PeriodKind> kind(String word) {
        return switch (word) {
            case "month", "måned", "maaned" -> Optional.of(PeriodKind.MONTH);
            case "quarter", "kvartal" -> Optional.of(PeriodKind.QUARTER);
            case "year", "år", "aar" -> Optional.of(PeriodKind.YEAR);
            default -> Optional.empty();
        };
    }
}
