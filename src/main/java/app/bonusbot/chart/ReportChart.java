package app.bonusbot.chart;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.AttainmentBucket;
import app.bonusbot.core.report.AttainmentSpread;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.PlanFigures;
import app.bonusbot.core.report.PlanHealth;
import app.bonusbot.core.report.PlanPeriod;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The plan health report's main chart as a PNG for chat: the attainment histogram of the report's period, the sellers
 * of each plan with a target side by side per 10 % bucket. Counts of sellers only, never anyone's pay.
 */
public final class ReportChart {

    public static final int WIDTH = 1100;
    public static final int HEIGHT = 560;

    private static final Color[] PLAN_COLOURS = {new Color(0x1565C0), new Color(0xEF6C00), new Color(0x2E7D32), new Color(0x6A1B9A), new Color(0x00838F)};

    static {
        // Charts are drawn on servers without a display; must be set before AWT starts.
        System.setProperty("java.awt.headless", "true");
    }

    /** The histograms of the report's period; empty when no plan measured anyone's attainment in it. */
    public Optional<byte[]> png(HealthReport report, Language language) {
        Map<String, AttainmentSpread> spreads = new LinkedHashMap<>();
        for (PlanHealth plan : report.plans()) {
            plan.latest().filter(p -> report.period().contains(p.period().end()))
                    .flatMap(ReportChart::spread).filter(s -> s.measured() > 0).ifPresent(s -> spreads.put(plan.name().in(language), s));
        }
        if (spreads.isEmpty()) {
            return Optional.empty();
        }
        Texts texts = Texts.of(language);
        Formats formats = new Formats(language, report.currency());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, AttainmentSpread> plan : spreads.entrySet()) {
            for (AttainmentBucket bucket : plan.getValue().buckets()) {
                String label = bucket.to().map(to -> formats.number(bucket.from().movePointRight(2), 0) + "–" + formats.percent(to))
                        .orElseGet(() -> "≥ " + formats.percent(bucket.from()));
                data.addValue(bucket.sellers(), plan.getKey(), label);
            }
        }
        CategoryAxis buckets = new CategoryAxis();
        buckets.setTickLabelFont(font(Font.PLAIN, 14));
        buckets.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis sellers = new NumberAxis(texts.get("report.chart.sellers"));
        sellers.setLabelFont(font(Font.PLAIN, 15));
        sellers.setTickLabelFont(font(Font.PLAIN, 14));
        sellers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        for (int i = 0; i < spreads.size(); i++) {
            renderer.setSeriesPaint(i, PLAN_COLOURS[i % PLAN_COLOURS.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, buckets, sellers, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 20), plot, false);
        chart.setTitle(new TextTitle(texts.get("report.chart.title", texts.period(report.period())), font(Font.BOLD, 20)));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(font(Font.PLAIN, 15));
        legend.setPosition(RectangleEdge.TOP);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 10, 10, 10));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return Optional.of(PngImage.encode(image));
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    private static Optional<AttainmentSpread> spread(PlanPeriod period) {
        if (period.figures() instanceof PlanFigures.Performance perf) {
            return perf.attainment();
        }
        return period.figures() instanceof PlanFigures.Team team ? team.attainment() : Optional.empty();
    }
}
