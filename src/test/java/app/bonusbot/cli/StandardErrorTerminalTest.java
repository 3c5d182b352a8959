package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardErrorTerminalTest {

    @TempDir
    Path tempDir;

    @Test
    void stderr_sent_to_a_file_is_no_terminal_even_when_the_user_sits_at_one() throws Exception {
        // given: bonusbot import deals big.csv 2> import.log, typed at a terminal (so Java sees a console)
        Path log = Files.createFile(tempDir.resolve("import.log"));
        Path fd2 = Files.createSymbolicLink(tempDir.resolve("fd2-to-file"), log);
        // when / then: the bar's carriage-return frames must not go into the log
        assertFalse(StandardErrorTerminal.isTerminal(true, fd2));
    }

    @Test
    void stderr_sent_to_a_pipe_is_no_terminal() throws Exception {
        // given: bonusbot import deals big.csv 2>&1 | tee import.log
        Path fd2 = Files.createSymbolicLink(tempDir.resolve("fd2-to-pipe"), Path.of("pipe:[48213]"));
        // when / then
        assertFalse(StandardErrorTerminal.isTerminal(true, fd2));
    }

    @Test
    void stderr_on_the_terminal_is_a_terminal() throws Exception {
        // given: nothing redirected
        Path fd2 = Files.createSymbolicLink(tempDir.resolve("fd2-to-tty"), Path.of("/dev/pts/3"));
        // when / then
        assertTrue(StandardErrorTerminal.isTerminal(true, fd2));
    }

    @Test
    void without_a_console_it_is_no_terminal_and_where_stderr_cannot_be_seen_the_console_decides() {
        // given: a system without /proc (macOS, Windows)
        Path nowhere = tempDir.resolve("no-proc/self/fd/2");
        // when / then
        assertFalse(StandardErrorTerminal.isTerminal(false, nowhere));
        assertTrue(StandardErrorTerminal.isTerminal(true, nowhere));
    }

    @Test
    void this_test_run_whose_stderr_surefire_captures_is_no_terminal() {
        // when / then: Maven's test JVM writes stderr to a pipe or a file, never to a terminal
        assertFalse(StandardErrorTerminal.isTerminal(true, StandardErrorTerminal.PROC_SELF_FD_2));
    }
}
