package app.bonusbot.bench;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a run measures besides building the company ({@code bench --only status,http}). The company is always built
 * through the real imports, so the deal import's own figure is always printed; {@link #IMPORT} adds its raw floor
 * and peak heap.
 */
public enum BenchPart {
    /** The deal import's raw floor (a plain batched insert of the same rows) and the import's peak heap. */
    IMPORT("import"),
    /** /bonus status, explain and team in process, each beside its own SQL aggregate. */
    STATUS("status"),
    /** Signed /bonus status commands over HTTP to the real Slack HTTP server, answered to a loopback response URL. */
    HTTP("http"),
    /** Every team's weekly post prepared, with and without its chart, beside one SQL of all teams' aggregates. */
    DIGEST("digest"),
    /** A new process up to its first console answer, beside a JVM that prints hello. */
    STARTUP("startup"),
    /** The first HubSpot sync from a loopback HubSpot, and a CRM change until /bonus status shows it, polled in the background. */
    SYNC("sync");

    private final String word;

    BenchPart(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** @throws IllegalArgumentException naming the known parts, for a word that is none of them */
    public static Set<BenchPart> parse(String commaSeparated) {
        Set<BenchPart> parts = EnumSet.noneOf(BenchPart.class);
        for (String word : commaSeparated.split(",")) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            parts.add(java.util.Arrays.stream(values()).filter(p -> p.word.equals(w)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown part \"" + word.trim() + "\"; the parts are " + words())));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no part named; the parts are " + words());
        }
        return parts;
    }

    public static String words() {
        return String.join(",", java.util.Arrays.stream(values()).map(BenchPart::word).toList());
    }
}
