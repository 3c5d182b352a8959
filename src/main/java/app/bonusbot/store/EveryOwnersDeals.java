package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.CompanyDeals;
import app.bonusbot.core.engine.DealSum;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Every owner's deals of a span in three statements, whatever the size of the company: the whole months from
 * deal_tallies, the other days from the deals grouped by day, the won deals from their covering index. Each reads
 * owner by owner through the owners' indexes ({@code owner_id IN (SELECT id FROM people)}), so it touches the rows of
 * the span only, never the whole table.
 */
public final class EveryOwnersDeals implements CompanyDeals {

    private static final String MONTHS = """
            SELECT owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals FROM deal_tallies
            WHERE owner_id IN (SELECT id FROM people) AND month >= :firstMonth AND month <= :lastMonth""";
    private static final String DAYS = """
            SELECT owner_id, close_date, deal_type, product_key, pipeline_key, outcome,
                   SUM(amount_cents) AS amount_cents, COUNT(*) AS deals
            FROM deals
            WHERE owner_id IN (SELECT id FROM people) AND close_date >= :from AND close_date <= :to AND outcome IN ('won', 'lost')
                  AND held = 0
            GROUP BY owner_id, close_date, deal_type, product_key, pipeline_key, outcome""";
    private static final String WON = "SELECT " + DealRow.COLUMNS + """
             FROM deals
            WHERE outcome IN ('won', 'lost') AND held = 0 AND outcome = 'won' AND owner_id IN (SELECT id FROM people) AND close_date >= :from AND close_date <= :to
            ORDER BY owner_id, close_date, deal_id""";

    private final Database db;

    public EveryOwnersDeals(Database db) {
        this.db = db;
    }

    @Override
    public List<DealSum> sums(DateRange span, Set<YearMonth> dayByDay) {
        List<YearMonth> whole = new ArrayList<>();
        List<DateRange> days = new ArrayList<>();
        splitSpan(span, dayByDay, whole, days);
        Shared shared = new Shared();
        List<DealSum> sums = new ArrayList<>();
        // One read transaction: the months and the days are the same state of the file.
        db.jdbi().useTransaction(h -> {
            if (!whole.isEmpty()) {
                readMonths(h, Set.copyOf(whole), whole.get(0), whole.get(whole.size() - 1), shared, sums);
            }
            for (DateRange range : days) {
                readDays(h, range, shared, sums);
            }
        });
        return sums;
    }

    /** The span's months wholly inside it and not wanted day by day, and the runs of days left over, in order. */
    static void splitSpan(DateRange span, Set<YearMonth> dayByDay, List<YearMonth> whole, List<DateRange> days) {
        LocalDate runStart = null;
        LocalDate day = span.from();
        while (!day.isAfter(span.to())) {
            YearMonth month = YearMonth.from(day);
            LocalDate monthEnd = month.atEndOfMonth();
            boolean isWhole = day.getDayOfMonth() == 1 && !monthEnd.isAfter(span.to()) && !dayByDay.contains(month);
            if (isWhole) {
                if (runStart != null) {
                    days.add(new DateRange(runStart, day.minusDays(1)));
                    runStart = null;
                }
                whole.add(month);
            } else if (runStart == null) {
                runStart = day;
            }
            day = monthEnd.isAfter(span.to()) ? span.to().plusDays(1) : monthEnd.plusDays(1);
        }
        if (runStart != null) {
            days.add(new DateRange(runStart, span.to()));
        }
    }

    private static void readMonths(Handle h, Set<YearMonth> wanted, YearMonth first, YearMonth last, Shared shared, List<DealSum> sums) {
        h.createQuery(MONTHS)
                .bind("firstMonth", first.toString())
                .bind("lastMonth", last.toString())
                .map((rs, ctx) -> {
                    YearMonth month = shared.month(rs.getString("month"));
                    if (wanted.contains(month)) {
                        sums.add(sum(shared, rs.getString("owner_id"), month.atDay(1), month.atEndOfMonth(), rs.getString("deal_type"),
                                rs.getString("product_key"), rs.getString("pipeline_key"), rs.getString("outcome"), rs.getLong("amount_cents"),
                                rs.getLong("deals")));
                    }
                    return month;
                })
                .forEach(m -> { });
    }

    private static void readDays(Handle h, DateRange range, Shared shared, List<DealSum> sums) {
        h.createQuery(DAYS)
                .bind("from", range.from().toString())
                .bind("to", range.to().toString())
                .map((rs, ctx) -> {
                    LocalDate day = shared.day(rs.getString("close_date"));
                    sums.add(sum(shared, rs.getString("owner_id"), day, day, rs.getString("deal_type"), rs.getString("product_key"),
                            rs.getString("pipeline_key"), rs.getString("outcome"), rs.getLong("amount_cents"), rs.getLong("deals")));
                    return day;
                })
                .forEach(d -> { });
    }

    private static DealSum sum(Shared shared, String owner, LocalDate first, LocalDate last, String dealType, String product, String pipeline,
            String outcome, long cents, long deals) {
        boolean won = "won".equals(outcome);
        return new DealSum(shared.text(owner), first, last, shared.key(dealType), shared.key(product), shared.key(pipeline), won, won ? cents : 0,
                deals);
    }

    @Override
    public List<Deal> wonDeals(DateRange span) {
        return db.jdbi().withHandle(h -> h.createQuery(WON)
                .bind("from", span.from().toString())
                .bind("to", span.to().toString())
                .map((rs, ctx) -> DealRow.read(rs).toDeal())
                .list());
    }

    /**
     * One instance of each owner id, key, day and month read: a digest holds a hundred thousand sums, which share a few
     * thousand owners and a handful of deal types.
     */
    private static final class Shared {
        private final Map<String, String> texts = new HashMap<>();
        private final Map<String, LocalDate> days = new HashMap<>();
        private final Map<String, YearMonth> months = new HashMap<>();

        String text(String value) {
            return value == null ? null : texts.computeIfAbsent(value, v -> v);
        }

        /** deal_tallies stands '' for a value the deals lack, the deals themselves NULL: both are "none". */
        String key(String value) {
            return value == null || value.isEmpty() ? null : text(value);
        }

        LocalDate day(String value) {
            return days.computeIfAbsent(value, LocalDate::parse);
        }

        YearMonth month(String value) {
            return months.computeIfAbsent(value, YearMonth::parse);
        }
    }
}
