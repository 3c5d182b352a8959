package app.bonusbot.core.announce;

import app.bonusbot.core.i18n.Language;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a post's chart shows, already in the post's language: one bar per member, or a single bar for the team.
 *
 * @param targetLabel the label of the line at 100 %
 * @param language how numbers are written on it
 */
public record PostChart(String title, String axisLabel, String targetLabel, List<Bar> bars, Language language) {

    public PostChart {
        bars = List.copyOf(bars);
    }

    /** @param ratio attainment, 1 = 100 % */
    public record Bar(String label, BigDecimal ratio) {}
}
