package app.bonusbot.imports;

import java.io.PrintStream;

/**
 * A one-line progress bar for the terminal, redrawn in place with a carriage return. Small files finish before a
 * bar would help, so it stays silent below a row count; it redraws only when the bar grows, at most WIDTH times.
 */
public final class TextProgressBar implements ImportProgress {

    public static final long DEFAULT_MINIMUM_ROWS = 1000;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long minimumRows;
    private int drawn = -1;

    public TextProgressBar(PrintStream out, String label, long minimumRows) {
        this.out = out;
        this.label = label;
        this.minimumRows = minimumRows;
    }

    public TextProgressBar(PrintStream out, String label) {
        this(out, label, DEFAULT_MINIMUM_ROWS);
    }

    @Override
    public void rowsDone(long done, long total) {
        if (total < minimumRows || total <= 0) {
            return;
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        if (filled == drawn) {
            return;
        }
        drawn = filled;
        long percent = done * 100 / total;
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " " + done + "/"
                + total + " rows");
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
