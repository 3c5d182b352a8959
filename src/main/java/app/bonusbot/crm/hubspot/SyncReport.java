package app.bonusbot.crm.hubspot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one sync pass changed: deals inserted, updated and removed (stopped counting), and held back per reason, with
 * the pages and requests it took; the failure that ended it, if any (what it wrote before that stays written).
 */
public record SyncReport(String kind, int inserted, int updated, int removed, Map<String, Integer> heldBack, int pages, long requests,
        Duration took, Optional<String> failure) {

    public SyncReport {
        heldBack = Map.copyOf(heldBack);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    public int heldBackTotal() {
        return heldBack.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The lines {@code bonusbot sync} prints. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "HubSpot sync (%s): %d inserted, %d updated, %d removed, %d held back · %d %s, %d %s, %.1f s", kind,
                inserted, updated, removed, heldBackTotal(), pages, pages == 1 ? "page" : "pages", requests, requests == 1 ? "request" : "requests",
                took.toMillis() / 1000.0));
        new TreeMap<>(heldBack).forEach((reason, count) -> lines.add("  held back: " + count + " × " + reason));
        failure.ifPresent(f -> lines.add("failed: " + f));
        return lines;
    }

    /** Adds up a pass as it goes. */
    static final class Tally {
        private final String kind;
        private int inserted;
        private int updated;
        private int removed;
        private int pages;
        private final Map<String, Integer> heldBack = new TreeMap<>();

        Tally(String kind) {
            this.kind = kind;
        }

        void add(PageDecision page) {
            inserted += page.inserted();
            updated += page.updated();
            removed += page.removed();
            pages++;
            page.heldBack().forEach((reason, count) -> heldBack.merge(reason, count, Integer::sum));
        }

        SyncReport done(long requests, Duration took, Optional<String> failure) {
            return new SyncReport(kind, inserted, updated, removed, heldBack, pages, requests, took, failure);
        }
    }
}
