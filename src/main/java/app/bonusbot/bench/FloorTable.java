package app.bonusbot.bench;

import static app.bonusbot.bench.BenchReport.mebibytes;
import static app.bonusbot.bench.BenchReport.seconds;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The table: each figure of the run beside its raw floor measured in the same run, and their ratio. A time's
 * ratio is figure ÷ floor (1.0 would be the floor itself; lower is better); a rate's is figure ÷ floor (1.0 would
 * be the floor; higher is better).
 */
final class FloorTable {

    private static final String ROW = "  %-44s | %-58s | %-62s | %s%n";
    private static final String NOT_MEASURED = "not measured (--only)";
    private static final String NO_FLOOR = "-";

    private final PrintWriter out;

    FloorTable(PrintWriter out) {
        this.out = out;
    }

    void print(BenchResult r) {
        out.println("  Figures beside their raw floors, measured in the same run (time ratio: figure / floor, lower is better;");
        out.println("  rate ratio: figure / floor, higher is better)");
        out.printf(Locale.ROOT, ROW, "what", "figure", "raw floor", "ratio");
        answers(r.answers());
        http(r.http());
        digest(r.digest());
        importRow(r);
        startup(r.startup());
        sync(r.sync());
        memory(r);
    }

    private void answers(BenchResult.Answers a) {
        if (a == null) {
            row("/bonus status in process", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            row("/bonus explain in process", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            row("/bonus team in process", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            return;
        }
        latencies("/bonus status in process", a.status(), "one seller's own grouped aggregate", a.statusFloor());
        latencies("/bonus explain in process", a.explain(), "one seller's won deals listed", a.explainFloor());
        if (a.team() == null) {
            row("/bonus team in process", "no team with sellers has a manager", NO_FLOOR, NO_FLOOR);
        } else {
            latencies("/bonus team in process, teams up to " + a.teamMembers(), a.team(), "the team's grouped aggregate", a.teamFloor());
        }
    }

    private void latencies(String what, Latencies.Summary figure, String floorWhat, Latencies.Summary floor) {
        row(what, percentiles(figure), floorWhat + ": " + percentiles(floor),
                String.format(Locale.ROOT, "%s at p50, %s at p99", ratio(figure.medianNanos(), floor.medianNanos()),
                        ratio(figure.p99Nanos(), floor.p99Nanos())));
    }

    private void http(BenchResult.HttpFigure h) {
        if (h == null) {
            row("HTTP mode, signed /bonus status", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            return;
        }
        String figure = String.format(Locale.ROOT, "%.1f answered/s; ack %s; answer %s; %d failed", h.answeredPerSecond(), p50p99(h.ack()),
                p50p99(h.answer()), h.failed());
        String floor = String.format(Locale.ROOT, "bare loopback POST: %.1f/s; ack %s", h.floorPerSecond(), p50p99(h.floorAck()));
        row("HTTP mode, signed /bonus status, " + h.clients() + " clients", figure, floor, rate(h.answeredPerSecond(), h.floorPerSecond()));
    }

    private void digest(BenchResult.DigestFigure d) {
        if (d == null) {
            row("weekly digest, without charts", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            row("weekly digest, with charts", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            return;
        }
        String floor = String.format(Locale.ROOT, "all teams' grouped aggregates in one SQL: %.3f s", seconds(d.floorNanos()));
        row("weekly digest, " + d.teams() + " teams, without charts", wall(d.withoutChartsNanos(), d.teams()), floor,
                ratio(d.withoutChartsNanos(), d.floorNanos()));
        row("weekly digest, " + d.teams() + " teams, with charts", wall(d.withChartsNanos(), d.teams()), floor,
                ratio(d.withChartsNanos(), d.floorNanos()));
    }

    private void importRow(BenchResult r) {
        BenchResult.ImportFigure deals = r.deals();
        String figure = String.format(Locale.ROOT, "%d rows/s; peak heap %s", deals.rowsPerSecond(), mebibytes(r.importHeapPeakBytes()));
        String what = "deal import, " + deals.rows() + " rows";
        if (r.importFloor() == null) {
            row(what, figure, NOT_MEASURED, NO_FLOOR);
            return;
        }
        row(what, figure, String.format(Locale.ROOT, "split + %s: %d rows/s", r.store().batchedInsert(), r.importFloor().rowsPerSecond()),
                rate(deals.rowsPerSecond(), r.importFloor().rowsPerSecond()));
    }

    private void startup(BenchResult.StartupFigure s) {
        if (s == null) {
            row("start-up to first console answer", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            return;
        }
        row("start-up to first console answer", String.format(Locale.ROOT, "%.2f s (median of %d, %s)", seconds(s.firstAnswerNanos()), s.runs(),
                        s.sharedArchive() ? "AppCDS archive" : "no AppCDS archive"),
                String.format(Locale.ROOT, "hello-world JVM, same class path: %.2f s", seconds(s.helloNanos())),
                ratio(s.firstAnswerNanos(), s.helloNanos()));
    }

    private void sync(BenchResult.SyncFigure s) {
        if (s == null) {
            row("HubSpot first sync", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            row("CRM change to /bonus status", NOT_MEASURED, NO_FLOOR, NO_FLOOR);
            return;
        }
        row("HubSpot first sync, " + s.deals() + " deals", String.format(Locale.ROOT, "%.2f s, %.0f deals/s, %.2f s per 10,000 deals; %d requests",
                        seconds(s.fullNanos()), s.dealsPerSecond(), seconds(s.fullNanosPer10k()), s.fullRequests()),
                String.format(Locale.ROOT, "the same pages fetched and parsed, nothing written: %.2f s", seconds(s.floorNanos())),
                ratio(s.fullNanos(), s.floorNanos()));
        row("CRM change to /bonus status, poll " + interval(s), String.format(Locale.ROOT, "median %.2f s, max %.2f s of %d %s",
                        seconds(s.freshness().medianNanos()), seconds(s.freshness().maxNanos()), s.freshness().count(),
                        s.freshness().count() == 1 ? "change" : "changes"),
                String.format(Locale.ROOT, "one incremental pass (%d requests): %s", s.passRequests(), ms(s.pass().medianNanos())),
                ratio(s.freshness().medianNanos(), s.pass().medianNanos()) + " at the median");
        // The loopback answers at once and the first sync ran with the client's rate limiting lifted: HubSpot's limits come on top.
        out.printf(Locale.ROOT, "  (HubSpot's own limits come on top: %d requests per 10 s for a private app, searches %d/s, which the client keeps to;%n"
                + "  they alone make the first sync's %d requests take at least %d s, and 10,000 deals' %d requests at least %d s;"
                + " an incremental pass of %d requests stays under them)%n", s.requestsPerTenSeconds(), s.searchesPerSecond(), s.fullRequests(),
                s.limitSeconds(s.fullRequests()), s.fullRequestsPer10k(), s.limitSeconds(s.fullRequestsPer10k()), s.passRequests());
    }

    /** 30 s, or 1.5 s. */
    static String interval(BenchResult.SyncFigure s) {
        long ms = s.interval().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private void memory(BenchResult r) {
        if (r.afterLoad() == null || r.atEnd() == null) {
            row("RSS of this process", "unknown (no /proc/self/status)", NO_FLOOR, NO_FLOOR);
            return;
        }
        row("RSS of this process", String.format(Locale.ROOT, "after load %s; at the end %s; peak %s", mebibytes(r.afterLoad().now()),
                mebibytes(r.atEnd().now()), mebibytes(r.atEnd().peak())), NO_FLOOR, NO_FLOOR);
        if (Runtime.getRuntime().maxMemory() > ProcessMemory.README_HEAP_MIB * 1024L * 1024L) {
            // A JVM grows its heap towards its limit before it collects much: without the bot's limit the RSS says little.
            out.printf(Locale.ROOT, "  (this process's heap limit is %s; for the RSS of the bot as the README starts it, run the bench with %s)%n",
                    mebibytes(Runtime.getRuntime().maxMemory()), ProcessMemory.README_HEAP);
        }
    }

    private void row(String what, String figure, String floor, String ratio) {
        out.printf(Locale.ROOT, ROW, what, figure, floor, ratio);
    }

    private static String percentiles(Latencies.Summary s) {
        return String.format(Locale.ROOT, "p50 %s p95 %s p99 %s", ms(s.medianNanos()), ms(s.p95Nanos()), ms(s.p99Nanos()));
    }

    private static String p50p99(Latencies.Summary s) {
        return s == null ? "none" : String.format(Locale.ROOT, "p50 %s p99 %s", ms(s.medianNanos()), ms(s.p99Nanos()));
    }

    /** Floors are tens of microseconds: three decimals keep them apart. */
    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String wall(long nanos, int teams) {
        return String.format(Locale.ROOT, "%.3f s, %s per team", seconds(nanos), ms(nanos / teams));
    }

    private static String ratio(long figureNanos, long floorNanos) {
        return floorNanos <= 0 ? "x n/a" : String.format(Locale.ROOT, "x%.1f", figureNanos / (double) floorNanos);
    }

    private static String rate(double figure, double floor) {
        return floor <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f of the floor", figure / floor);
    }
}
