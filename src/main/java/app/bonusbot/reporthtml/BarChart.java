package app.bonusbot.reporthtml;

import java.util.List;
import java.util.Locale;

/**
 * Vertical bars as inline SVG: an attainment histogram (one bar per 10 % bucket) or a question's distribution (one
 * bar per answer). Each bar has its count above it and its label below, so the chart reads printed in black and white.
 */
final class BarChart {

    static final int HEIGHT = 170;
    private static final int BAR_AREA_TOP = 18;
    private static final int BAR_AREA_BOTTOM = 140;
    private static final int SLOT = 34;
    private static final int LEFT = 8;

    /** @param highlighted whether the bar is drawn in the accent colour (the buckets at or above target) */
    record Bar(String label, long count, boolean highlighted) {}

    private BarChart() {}

    /** @param title what a screen reader says for the chart */
    static String svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        int width = LEFT * 2 + SLOT * Math.max(1, bars.size());
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                width, HEIGHT, width, HEIGHT));
        s.append("<title>").append(Html.escape(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, BAR_AREA_BOTTOM, width - LEFT, BAR_AREA_BOTTOM));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = LEFT + i * SLOT + 4;
            int barHeight = (int) Math.round((BAR_AREA_BOTTOM - BAR_AREA_TOP) * (double) bar.count() / max);
            int y = BAR_AREA_BOTTOM - barHeight;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"/>", x, y, SLOT - 8, barHeight,
                    bar.highlighted() ? "bar accent" : "bar"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"count\">%d</text>", x + (SLOT - 8) / 2, y - 4, bar.count()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" transform=\"rotate(-40 %d %d)\">%s</text>", x + (SLOT - 8) / 2,
                    BAR_AREA_BOTTOM + 12, x + (SLOT - 8) / 2, BAR_AREA_BOTTOM + 12, Html.escape(bar.label())));
        }
        return s.append("</svg>").toString();
    }
}
