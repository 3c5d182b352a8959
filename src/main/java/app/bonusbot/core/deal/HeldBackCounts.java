package app.bonusbot.core.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up the deals a run (an import, a sync pass) held back: per currency, dated and undated apart. */
public final class HeldBackCounts {

    private final Map<String, HeldBackCount> counts = new TreeMap<>();

    public void add(Conversion.HeldBack held) {
        Currency currency = held.original().currency();
        LocalDate date = held.closeDate();
        String key = currency.getCurrencyCode() + (date == null ? " undated" : " dated");
        counts.merge(key, new HeldBackCount(currency, 1, date, date), (a, b) -> new HeldBackCount(currency, a.deals() + b.deals(),
                earlier(a.firstDate(), b.firstDate()), later(a.lastDate(), b.lastDate())));
    }

    /** Sorted by currency code, dated before undated. */
    public List<HeldBackCount> counts() {
        List<HeldBackCount> list = new ArrayList<>(counts.values());
        list.sort(Comparator.comparing((HeldBackCount c) -> c.currency().getCurrencyCode()).thenComparing(c -> c.firstDate() == null));
        return List.copyOf(list);
    }

    public long total() {
        return counts.values().stream().mapToLong(HeldBackCount::deals).sum();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
