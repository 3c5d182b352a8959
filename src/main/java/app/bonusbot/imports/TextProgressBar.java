package app.bonusbot.imports;

import java.io.PrintWriter;

/**
 * An import's progress as text. On a terminal it is a one-line bar redrawn in place with a carriage return, only
 * when the bar grows (at most WIDTH times); written to a file or a pipe, where a carriage return would pile up as
 * one endless line, it is a plain line at every tenth of the rows and one at the end. Small files finish before
 * either would help, so it stays silent below a row count.
 */
public final class TextProgressBar implements ImportProgress {

    public static final long DEFAULT_MINIMUM_ROWS = 1000;
    private static final int WIDTH = 30;
    private static final int LOG_STEPS = 10;

    private final PrintWriter out;
    private final String label;
    private final boolean terminal;
    private final long minimumRows;
    private int drawn = -1;

    /** @param terminal whether {@code out} is a terminal, which redraws a line on a carriage return */
    public TextProgressBar(PrintWriter out, String label, boolean terminal, long minimumRows) {
        this.out = out;
        this.label = label;
        this.terminal = terminal;
        this.minimumRows = minimumRows;
    }

    public TextProgressBar(PrintWriter out, String label, boolean terminal) {
        this(out, label, terminal, DEFAULT_MINIMUM_ROWS);
    }

    @Override
    public void rowsDone(long done, long total) {
        if (total < minimumRows || total <= 0) {
            return;
        }
        int steps = terminal ? WIDTH : LOG_STEPS;
        int reached = (int) Math.min(steps, done * steps / total);
        if (reached == drawn) {
            return;
        }
        drawn = reached;
        long percent = done * 100 / total;
        String rows = String.format("%3d%%", percent) + " " + done + "/" + total + " rows";
        if (terminal) {
            out.print("\r" + label + " [" + "#".repeat(reached) + " ".repeat(WIDTH - reached) + "] " + rows);
            if (done >= total) {
                out.println();
            }
        } else {
            out.println(label + ": " + rows);
        }
        out.flush();
    }
}
