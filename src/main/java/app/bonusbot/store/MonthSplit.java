package app.bonusbot.store;

import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range as the whole calendar months inside it, which deal_tallies answers, and the days at either edge that
 * are not a whole month, which only the deals can answer. Plan periods (month, quarter, year) are whole months, so
 * an answer reads no deal rows; a custom range pays only for its odd days.
 *
 * @param firstMonth yyyy-MM of the first whole month, null when the range holds none
 * @param lastMonth yyyy-MM of the last whole month, null when the range holds none
 * @param edges the days of the range outside those months, at most two ranges
 */
record MonthSplit(String firstMonth, String lastMonth, List<DateRange> edges) {

    static MonthSplit of(DateRange range) {
        YearMonth first = YearMonth.from(range.from());
        if (range.from().getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(range.to());
        if (!range.to().equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        if (first.isAfter(last)) {
            return new MonthSplit(null, null, List.of(range));
        }
        List<DateRange> edges = new ArrayList<>(2);
        LocalDate start = first.atDay(1);
        LocalDate end = last.atEndOfMonth();
        if (range.from().isBefore(start)) {
            edges.add(new DateRange(range.from(), start.minusDays(1)));
        }
        if (range.to().isAfter(end)) {
            edges.add(new DateRange(end.plusDays(1), range.to()));
        }
        return new MonthSplit(first.toString(), last.toString(), List.copyOf(edges));
    }

    boolean hasMonths() {
        return firstMonth != null;
    }
}
