package app.bonusbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error, where import progress goes, is a terminal. Java 17's console only says that stdin and stdout
 * are one, so {@code bonusbot import deals big.csv 2> import.log} typed at a terminal would fill the log with
 * carriage-return frames. Where the system shows what file descriptor 2 is (Linux's /proc), that decides.
 */
final class StandardErrorTerminal {

    static final Path PROC_SELF_FD_2 = Path.of("/proc/self/fd/2");

    private StandardErrorTerminal() {}

    /** For this process. */
    static boolean isTerminal() {
        return isTerminal(System.console() != null, PROC_SELF_FD_2);
    }

    /**
     * @param console whether Java sees a console (stdin and stdout are a terminal)
     * @param fd2 the link naming what standard error is written to; where it cannot be read, the console decides
     */
    static boolean isTerminal(boolean console, Path fd2) {
        if (!console) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
