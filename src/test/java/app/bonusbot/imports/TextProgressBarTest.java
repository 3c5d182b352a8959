package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextProgressBarTest {

    private final StringWriter written = new StringWriter();
    private final PrintWriter out = new PrintWriter(written, true);

    private String printed() {
        return written.toString();
    }

    @Test
    void a_small_import_prints_nothing() {
        // given
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", true);

        // when
        for (long done = 1; done <= 999; done++) {
            bar.rowsDone(done, 999);
        }

        // then
        assertEquals("", printed());
    }

    @Test
    void a_large_import_redraws_in_place_a_few_dozen_times_and_ends_the_line() {
        // given
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", true);

        // when
        for (long done = 1; done <= 20_000; done++) {
            bar.rowsDone(done, 20_000);
        }

        // then
        String text = printed();
        long redraws = text.chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 10 && redraws <= 40, redraws + " redraws");
        assertTrue(text.endsWith("\rdeals.csv [##############################] 100% 20000/20000 rows" + System.lineSeparator()), text);
    }

    @Test
    void the_bar_shows_the_share_done() {
        // given
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", true, 0);

        // when
        bar.rowsDone(500, 1000);

        // then
        assertEquals("\rdeals.csv [###############               ]  50% 500/1000 rows", printed());
    }

    @Test
    void written_to_a_file_or_pipe_it_is_a_plain_line_at_every_tenth_and_at_the_end() {
        // given a bar whose output is not a terminal
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", false);

        // when
        for (long done = 1; done <= 20_000; done++) {
            bar.rowsDone(done, 20_000);
        }

        // then eleven whole lines (the start, every tenth, the end) and no carriage return
        String text = printed();
        assertFalse(text.contains("\r"), text);
        List<String> lines = text.lines().toList();
        assertEquals(11, lines.size(), text);
        assertEquals("deals.csv:   0% 1/20000 rows", lines.get(0));
        assertEquals("deals.csv:  10% 2000/20000 rows", lines.get(1));
        assertEquals("deals.csv: 100% 20000/20000 rows", lines.get(lines.size() - 1));
    }

    @Test
    void written_to_a_file_a_small_import_prints_nothing_either() {
        // given
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", false);

        // when
        for (long done = 1; done <= 999; done++) {
            bar.rowsDone(done, 999);
        }

        // then
        assertEquals("", printed());
    }
}
