package app.bonusbot.chart;

import app.bonusbot.core.survey.SurveyChart;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Survey results as a PNG: per question a horizontal bar of this round's mean next to the previous round's, on the
 * question's scale. A survey with questions on both scales gets one panel per scale, one above the other, in one
 * image a chat can show as a single upload.
 */
public final class SurveyResultsChart {

    public static final int WIDTH = 1100;
    /** Height of a panel: its title, legend and axis, plus {@link #ROW_HEIGHT} per question. */
    static final int PANEL_BASE_HEIGHT = 170;
    static final int ROW_HEIGHT = 64;

    private static final Color THIS_ROUND = new Color(0x1565C0);
    private static final Color PREVIOUS_ROUND = new Color(0xB0BEC5);
    private static final Color GRID = new Color(0xDDDDDD);

    static {
        // Charts are drawn on servers without a display; must be set before AWT starts.
        System.setProperty("java.awt.headless", "true");
    }

    /** The PNG of the charts one above the other, {@link #WIDTH} pixels wide; the charts must not be empty. */
    public byte[] png(List<SurveyChart> charts) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("no chart to draw: no question on a scale has results to show");
        }
        int height = charts.stream().mapToInt(SurveyResultsChart::panelHeight).sum();
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            int top = 0;
            for (SurveyChart chart : charts) {
                int panel = panelHeight(chart);
                g.drawImage(draw(chart).createBufferedImage(WIDTH, panel), 0, top, null);
                top += panel;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart '" + charts.get(0).title() + "'", e);
        }
        return out.toByteArray();
    }

    static int panelHeight(SurveyChart chart) {
        return PANEL_BASE_HEIGHT + ROW_HEIGHT * chart.bars().size();
    }

    private static JFreeChart draw(SurveyChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean anyPrevious = chart.bars().stream().anyMatch(b -> b.previous().isPresent());
        for (SurveyChart.Bar bar : chart.bars()) {
            // Doubles for drawing only: a bar cannot show more than the two decimals the means have.
            data.addValue(bar.mean().doubleValue(), chart.thisRound(), bar.label());
            if (anyPrevious) {
                data.addValue(bar.previous().map(Number::doubleValue).orElse(null), chart.previousRound(), bar.label());
            }
        }

        CategoryAxis questions = new CategoryAxis();
        questions.setTickLabelFont(font(Font.PLAIN, 16));
        questions.setMaximumCategoryLabelWidthRatio(0.45f);
        questions.setMaximumCategoryLabelLines(2);
        questions.setCategoryMargin(0.3);

        NumberAxis scale = new NumberAxis(chart.axisLabel());
        scale.setLabelFont(font(Font.PLAIN, 15));
        scale.setTickLabelFont(font(Font.PLAIN, 14));
        scale.setRange(chart.low(), chart.high());
        scale.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, THIS_ROUND);
        renderer.setSeriesPaint(1, PREVIOUS_ROUND);
        renderer.setItemMargin(0.05);
        // Bars start at the scale's low end, so a mean of 1 on 1–5 is no bar at all rather than a fifth of one.
        renderer.setBase(chart.low());
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(chart.language().locale()))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.BOLD, 15));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

        CategoryPlot plot = new CategoryPlot(data, questions, scale, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setInsets(new RectangleInsets(8, 8, 8, 40));

        JFreeChart drawing = new JFreeChart(null, font(Font.BOLD, 20), plot, false);
        drawing.setTitle(new TextTitle(chart.title() + " · " + chart.axisLabel(), font(Font.BOLD, 20)));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(font(Font.PLAIN, 15));
        legend.setPosition(RectangleEdge.TOP);
        drawing.addSubtitle(legend);
        drawing.setBackgroundPaint(Color.WHITE);
        drawing.setAntiAlias(true);
        drawing.setTextAntiAlias(true);
        drawing.setPadding(new RectangleInsets(10, 10, 10, 10));
        return drawing;
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
