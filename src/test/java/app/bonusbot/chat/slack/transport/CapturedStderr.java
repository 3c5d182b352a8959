package app.bonusbot.chat.slack.transport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the process writes to standard error while a test runs: the log lines (logback's console appender writes to
 * whatever {@code System.err} is at the time), and anything printed past the logs, such as a stack trace. Restores
 * the real stream when closed.
 */
public final class CapturedStderr implements AutoCloseable {

    private final PrintStream real = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private CapturedStderr() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    public static CapturedStderr start() {
        return new CapturedStderr();
    }

    public String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The lines logged at WARN so far, in order. */
    public List<String> warnings() {
        return text().lines().filter(line -> line.contains(" WARN ")).toList();
    }

    /** True when a stack trace (a frame line, or an exception class followed by one) was printed. */
    public boolean hasStackTrace() {
        return text().lines().anyMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
    }

    /**
     * True when a stack trace runs through one of these packages: for a test of a running bot, whose other parts
     * (weekly posts to a stand-in that does not take them) may log failures of their own.
     */
    public boolean hasStackTraceThrough(String... packages) {
        return text().lines().anyMatch(line -> line.startsWith("\tat ") && List.of(packages).stream().anyMatch(p -> line.startsWith("\tat " + p)));
    }

    @Override
    public void close() {
        System.setErr(real);
        real.print(text());
    }
}
