package app.bonusbot.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.PostChart;
import app.bonusbot.core.i18n.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttainmentChartTest {

    private static final PostChart MEMBERS = new PostChart("Attainment · Nordics new business · Q4 2026", "Attainment of target", "Target (100 %)",
            List.of(new PostChart.Bar("Anna Holm", new BigDecimal("0.8")), new PostChart.Bar("Mikkel Larsen", new BigDecimal("1.125")),
                    new PostChart.Bar("Emma Poulsen", new BigDecimal("0.247")), new PostChart.Bar("Frederik Krogh", BigDecimal.ZERO)),
            Language.EN);

    @TempDir
    Path dir;

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not an image ImageIO can read");
        return image;
    }

    @Test
    void a_bar_per_member_is_a_png_of_the_fixed_size() throws IOException {
        // when
        byte[] png = new AttainmentChart().png(MEMBERS);
        // then
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        BufferedImage image = decode(png);
        assertEquals(AttainmentChart.WIDTH, image.getWidth());
        assertEquals(AttainmentChart.HEIGHT, image.getHeight());
        Files.write(dir.resolve("members.png"), png);
    }

    @Test
    void a_single_team_bar_above_target_is_drawn_too_and_the_same_chart_draws_the_same_size() throws IOException {
        // given
        PostChart team = new PostChart("Målopfyldelse · DACH · 4. kvartal 2026", "Andel af målet", "Mål (100 %)",
                List.of(new PostChart.Bar("Team", new BigDecimal("1.62"))), Language.DA);
        // when
        byte[] first = new AttainmentChart().png(team);
        byte[] second = new AttainmentChart().png(team);
        // then
        assertEquals(AttainmentChart.WIDTH, decode(first).getWidth());
        assertEquals(AttainmentChart.HEIGHT, decode(second).getHeight());
        assertTrue(first.length > 5_000, "a chart with text and a bar, not a blank image: " + first.length + " bytes");
    }

    @Test
    void the_png_holds_exactly_the_pixels_jfreechart_draws_on_its_own_canvas() throws IOException {
        // given the chart as JFreeChart draws it on the canvas it makes itself (with an alpha channel)
        BufferedImage drawn = AttainmentChart.drawing(MEMBERS).createBufferedImage(AttainmentChart.WIDTH, AttainmentChart.HEIGHT);
        // when
        BufferedImage written = decode(new AttainmentChart().png(MEMBERS));
        // then every pixel is the same
        int differ = 0;
        for (int y = 0; y < AttainmentChart.HEIGHT; y++) {
            for (int x = 0; x < AttainmentChart.WIDTH; x++) {
                differ += drawn.getRGB(x, y) == written.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels that differ");
    }

    @Test
    void charts_are_drawn_without_a_display() {
        // when
        new AttainmentChart().png(MEMBERS);
        // then
        assertEquals("true", System.getProperty("java.awt.headless"));
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }
}
