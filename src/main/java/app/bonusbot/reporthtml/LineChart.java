package app.bonusbot.reporthtml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A trend as inline SVG: one or two series over the periods (or survey rounds), a point where a value is shown and a
 * gap where it is not (hidden or not measured), each point labelled with its value as the reader reads numbers.
 */
final class LineChart {

    static final int WIDTH = 420;
    static final int HEIGHT = 190;
    private static final int LEFT = 34;
    private static final int RIGHT = 36;
    private static final int TOP = 24;
    private static final int BOTTOM = 150;

    /**
     * @param values one per x label; empty where nothing is shown
     * @param labels the values as shown, one per x label (blank where empty)
     */
    record Series(String name, List<Optional<BigDecimal>> values, List<String> labels) {}

    private LineChart() {}

    /**
     * @param from the value at the bottom of the chart (0 for percentages, 1 for a scale from 1)
     * @param to the value at the top; stretched to the largest value when one is above it
     */
    static String svg(String title, List<String> xLabels, List<Series> series, BigDecimal from, BigDecimal to) {
        double low = from.doubleValue();
        double high = Math.max(to.doubleValue(), series.stream().flatMap(s -> s.values().stream()).flatMap(Optional::stream)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(low + 1));
        if (high <= low) {
            high = low + 1;
        }
        int n = Math.max(1, xLabels.size());
        double step = n == 1 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (n - 1);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"chart line\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        s.append("<title>").append(Html.escape(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, BOTTOM, WIDTH - RIGHT, BOTTOM));
        for (int i = 0; i < xLabels.size(); i++) {
            double x = n == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + i * step;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>", x, BOTTOM + 16, Html.escape(xLabels.get(i))));
        }
        for (int k = 0; k < series.size(); k++) {
            Series one = series.get(k);
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < one.values().size() && i < n; i++) {
                Optional<BigDecimal> value = one.values().get(i);
                if (value.isEmpty()) {
                    drawing = false;
                    continue;
                }
                double x = n == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + i * step;
                double y = BOTTOM - (BOTTOM - TOP) * (value.get().doubleValue() - low) / (high - low);
                path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", drawing ? "L" : "M", x, y));
                drawing = true;
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" class=\"point s%d\"/>", x, y, k));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"value s%d\">%s</text>", x, y - 7 - 11 * k, k,
                        Html.escape(one.labels().get(i))));
            }
            if (path.length() > 0) {
                s.append(String.format(Locale.ROOT, "<path d=\"%s\" class=\"trend s%d\"/>", path.toString().trim(), k));
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" class=\"key s%d\"/>", LEFT + 150 * k, 4, k));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", LEFT + 150 * k + 14, 13, Html.escape(one.name())));
        }
        return s.append("</svg>").toString();
    }
}
