package app.bonusbot.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a bench result as a small table and a one-line summary, and with verbose output every query plan. */
public final class BenchReport {

    private static final String ROW = "  %-34s %8s %10s %10s %10s %10s%n";

    private final PrintWriter out;

    public BenchReport(PrintWriter out) {
        this.out = out;
    }

    public void print(BenchResult r, boolean verbose) {
        Machine m = r.machine();
        BenchResult.Company c = r.company();
        out.println("Bonusbot bench: a synthetic company on the real stack (config, SQLite file, importers, command handler)");
        out.printf(Locale.ROOT, "  machine   Java %s, %s, %d CPUs, max heap %s, %s, SQLite %s%n", m.java(), m.vm(), m.cpus(),
                mebibytes(m.maxHeapBytes()), m.os(), m.sqlite());
        out.printf(Locale.ROOT, "  company   %d sellers over teams %s (%d on plans), deals closing %s to %s, today %s %s, seed %d%n",
                c.sellers(), String.join(" ", c.teams()), c.sellersOnPlans(), c.dealDates().from(), c.dealDates().to(), c.today(),
                c.zone(), c.seed());
        out.println();
        out.printf(Locale.ROOT, "  %-34s %8s %10s %10s%n", "import", "rows", "total", "rows/s");
        importRow(r.people());
        importRow(r.deals());
        out.println();
        out.printf(Locale.ROOT, ROW, "call (warm, random seller)", "n", "median", "p95", "p99", "max");
        latencyRow("/bonus status (CommandHandler)", r.status(), false);
        latencyRow("/bonus explain (CommandHandler)", r.explain(), false);
        latencyRow("DealLedger.tally, one quarter", r.tally(), true);
        latencyRow("baseline: Jdbi handle + SELECT 1", r.handleBaseline(), true);
        out.println("  tally uses " + r.tallyFilter());
        out.println();
        plans("status", r.statusPlans(), r.plannedCalls(), verbose);
        plans("explain", r.explainPlans(), r.plannedCalls(), verbose);
        if (r.keptDirectory() != null) {
            out.println("  kept      " + r.keptDirectory());
        }
        out.println();
        out.println(summary(r));
        out.flush();
    }

    /** One line for a commit message or a README table. */
    public static String summary(BenchResult r) {
        return String.format(Locale.ROOT,
                "bench: %d sellers, %d deals imported in %.1f s (%d rows/s); /bonus status median %s p99 %s; /bonus explain median %s p99 %s;"
                        + " tally median %s p99 %s; %d CPUs, Java %s; %s deal queries search by owner; run %.0f s",
                r.company().sellers(), r.deals().rows(), seconds(r.deals().nanos()), r.deals().rowsPerSecond(), ms(r.status().medianNanos()),
                ms(r.status().p99Nanos()), ms(r.explain().medianNanos()), ms(r.explain().p99Nanos()), micros(r.tally().medianNanos()),
                micros(r.tally().p99Nanos()), r.machine().cpus(), r.machine().java(),
                r.statusPlans().allUseOwnerCloseIndex() && r.explainPlans().allUseOwnerCloseIndex() ? "all" : "NOT all", seconds(r.totalNanos()));
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

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String mebibytes(long bytes) {
        return bytes == Long.MAX_VALUE ? "unlimited" : (bytes >> 20) + " MiB";
    }
}
