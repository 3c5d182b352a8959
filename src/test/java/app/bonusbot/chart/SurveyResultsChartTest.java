package app.bonusbot.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.survey.SurveyChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SurveyResultsChartTest {

    private static final SurveyChart LIKERT = new SurveyChart("Your view of the bonus plan: mean per question", "Mean (1–5)", "This round", "Previous round", 1, 5,
            List.of(new SurveyChart.Bar("1. I understand exactly how my bonus is calculated.", new BigDecimal("3.67"), Optional.of(new BigDecimal("2.33"))),
                    new SurveyChart.Bar("3. The bonus plan rewards what matters most…", new BigDecimal("4.50"), Optional.empty())),
            Language.EN);
    private static final SurveyChart SCALE = new SurveyChart("Din mening om bonusordningen: gennemsnit pr. spørgsmål", "Gennemsnit (0–10)", "Denne runde",
            "Forrige runde", 0, 10, List.of(new SurveyChart.Bar("6. Hvor meget motiverer bonusordningen dig?", new BigDecimal("7.25"), Optional.empty())),
            Language.DA);

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not an image ImageIO can read");
        return image;
    }

    private static boolean hasPixel(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void one_scale_is_one_panel_with_this_rounds_and_the_previous_rounds_bars() throws IOException {
        // when
        byte[] png = new SurveyResultsChart().png(List.of(LIKERT));
        // then
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        BufferedImage image = decode(png);
        assertEquals(SurveyResultsChart.WIDTH, image.getWidth());
        assertEquals(SurveyResultsChart.PANEL_BASE_HEIGHT + 2 * SurveyResultsChart.ROW_HEIGHT, image.getHeight());
        assertTrue(hasPixel(image, 0x1565C0), "this round's bars are drawn");
        assertTrue(hasPixel(image, 0xB0BEC5), "the previous round's bar is drawn");
    }

    @Test
    void two_scales_are_two_panels_one_above_the_other_in_one_image() throws IOException {
        // when
        BufferedImage image = decode(new SurveyResultsChart().png(List.of(LIKERT, SCALE)));
        // then
        assertEquals(2 * SurveyResultsChart.PANEL_BASE_HEIGHT + 3 * SurveyResultsChart.ROW_HEIGHT, image.getHeight());
    }

    @Test
    void there_is_nothing_to_draw_without_a_chart() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SurveyResultsChart().png(List.of()));
        // then
        assertTrue(e.getMessage().contains("no chart to draw"), e.getMessage());
    }
}
