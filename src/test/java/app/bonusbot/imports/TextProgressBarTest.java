package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_small_import_prints_nothing() {
        // given
        TextProgressBar bar = new TextProgressBar(out, "deals.csv");

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
        TextProgressBar bar = new TextProgressBar(out, "deals.csv");

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
        TextProgressBar bar = new TextProgressBar(out, "deals.csv", 0);

        // when
        bar.rowsDone(500, 1000);

        // then
        assertEquals("\rdeals.csv [###############               ]  50% 500/1000 rows", printed());
    }
}
