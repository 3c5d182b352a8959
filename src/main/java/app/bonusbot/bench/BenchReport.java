package app.bonusbot.bench;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Prints a bench result: the import and the answers as small tables, every figure beside its raw floor, a one-line
 * summary, and with verbose output every query plan.
 */
public final class BenchReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String ROW = "  %-34s %8s %10s %10s %10s %10s%n";

    private final PrintWriter out;

    public BenchReport(PrintWriter out) {
        this.out = out;
    }

    public void print(BenchResult r, boolean verbose) {
        Machine m = r.machine();
        BenchResult.Company c = r.company();
        out.println("Bonusbot bench: a synthetic company on the real stack (config, " + (m.store().startsWith("SQLite") ? "SQLite file" : "PostgreSQL database")
                + ", importers, command handler)");
        out.println("  date      " + DATE.format(r.ranAt()));
        out.printf(Locale.ROOT, "  machine   Java %s, %s, %d CPUs, max heap %s, %s, %s%n", m.java(), m.vm(), m.cpus(),
                mebibytes(m.maxHeapBytes()), m.os(), m.store());
        out.println("  store     " + r.store().where());
        out.printf(Locale.ROOT, "  company   %d sellers in %s (%d on plans), deals closing %s to %s, today %s %s, seed %d%n",
                c.sellers(), teams(c), c.sellersOnPlans(), c.dealDates().from(), c.dealDates().to(), c.today(), c.zone(), c.seed());
        out.println("  parts     " + String.join(",", r.parts().stream().sorted().map(BenchPart::word).toList()));
        out.println();
        out.printf(Locale.ROOT, "  %-34s %8s %10s %10s%n", "import", "rows", "total", "rows/s");
        importRow(r.people());
        importRow(r.deals());
        if (r.importFloor() != null) {
            importRow(r.importFloor());
        }
        BenchResult.Answers a = r.answers();
        if (a != null) {
            out.println();
            out.printf(Locale.ROOT, ROW, "call (warm, random asker)", "n", "median", "p95", "p99", "max");
            latencyRow("/bonus status (CommandHandler)", a.status(), false);
            latencyRow("/bonus explain (CommandHandler)", a.explain(), false);
            if (a.team() != null) {
                latencyRow("/bonus team (CommandHandler)", a.team(), false);
            }
            latencyRow("DealLedger.tally, one quarter", a.tally(), true);
            latencyRow("baseline: Jdbi handle + SELECT 1", a.handleBaseline(), true);
            out.println("  tally uses " + a.tallyFilter());
            out.println();
            plans("status", a.statusPlans(), a.plannedCalls(), verbose);
            plans("explain", a.explainPlans(), a.plannedCalls(), verbose);
        }
        out.println();
        new FloorTable(out).print(r);
        if (r.keptDirectory() != null) {
            out.println();
            out.println("  kept      " + r.keptDirectory());
        }
        out.println();
        out.println(summary(r));
        out.flush();
    }

    private static String teams(BenchResult.Company c) {
        return c.teamSize() > 0
                ? String.format(Locale.ROOT, "%d teams of %d (%s)", c.sellerTeams(), c.teamSize(), c.teamsNamed())
                : String.format(Locale.ROOT, "%d configured teams (%s)", c.sellerTeams(), c.teamsNamed());
    }

    /** One line for a commit message or a README table. */
    public static String summary(BenchResult r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "bench: %d sellers in %s, %d deals imported in %.1f s (%d rows/s)",
                r.company().sellers(), teams(r.company()), r.deals().rows(), seconds(r.deals().nanos()), r.deals().rowsPerSecond()));
        BenchResult.Answers a = r.answers();
        if (a != null) {
            line.append(String.format(Locale.ROOT, "; /bonus status median %s p99 %s; /bonus explain median %s p99 %s; tally median %s p99 %s",
                    ms(a.status().medianNanos()), ms(a.status().p99Nanos()), ms(a.explain().medianNanos()), ms(a.explain().p99Nanos()),
                    micros(a.tally().medianNanos()), micros(a.tally().p99Nanos())));
        }
        BenchResult.SyncFigure sync = r.sync();
        if (sync != null) {
            line.append(String.format(Locale.ROOT, "; HubSpot first sync %.1f s per 10,000 deals; CRM change to /bonus status median %.1f s max %.1f s"
                    + " (poll %s)", seconds(sync.fullNanosPer10k()), seconds(sync.freshness().medianNanos()), seconds(sync.freshness().maxNanos()),
                    FloorTable.interval(sync)));
        }
        line.append(String.format(Locale.ROOT, "; %d CPUs, Java %s, %s", r.machine().cpus(), r.machine().java(), storeName(r.machine().store())));
        if (a != null) {
            line.append(String.format(Locale.ROOT, "; %s deal queries search by owner",
                    a.statusPlans().allUseOwnerCloseIndex() && a.explainPlans().allUseOwnerCloseIndex() ? "all" : "NOT all"));
        }
        line.append(String.format(Locale.ROOT, "; run %.0f s", seconds(r.totalNanos())));
        return line.toString();
    }

    /** {@code SQLite 3.50.1}, or {@code PostgreSQL 15.18} out of its long version text. */
    private static String storeName(String version) {
        String[] words = version.split(" ");
        return words.length < 2 ? version : words[0] + " " + words[1];
    }

    private void importRow(BenchResult.ImportFigure figure) {
        out.printf(Locale.ROOT, "  %-34s %8d %10s %10d%n", figure.what(), figure.rows(), String.format(Locale.ROOT, "%.2f s", seconds(figure.nanos())),
                figure.rowsPerSecond());
    }

    private void latencyRow(String what, Latencies.Summary s, boolean inMicros) {
        out.printf(Locale.ROOT, ROW, what, s.count(), time(s.medianNanos(), inMicros), time(s.p95Nanos(), inMicros), time(s.p99Nanos(), inMicros),
                time(s.maxNanos(), inMicros));
    }

    private void plans(String command, DealQueryPlans.Capture capture, int calls, boolean verbose) {
        long offIndex = capture.plans().stream().filter(p -> !p.usesOwnerCloseIndex()).count();
        out.printf(Locale.ROOT, "  %-9s %.1f SQL statements per call (%.1f on deals); %d distinct deal queries, %s%n", command,
                capture.statements() / (double) calls, capture.dealStatements() / (double) calls, capture.plans().size(),
                offIndex == 0 ? "all search by owner" : offIndex + " do NOT search by owner");
        for (DealQueryPlans.Plan plan : capture.plans()) {
            if (verbose || !plan.usesOwnerCloseIndex()) {
                out.println("    " + plan.sql());
                printPlan(plan.plan());
            }
        }
    }

    private void printPlan(List<String> lines) {
        lines.forEach(line -> out.println("      QUERY PLAN  " + line));
    }

    private static String time(long nanos, boolean inMicros) {
        return inMicros ? micros(nanos) : ms(nanos);
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String mebibytes(long bytes) {
        return bytes == Long.MAX_VALUE ? "unlimited" : (bytes >> 20) + " MiB";
    }
}
