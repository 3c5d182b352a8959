package app.bonusbot.chart;

import app.bonusbot.core.announce.PostChart;
import app.bonusbot.core.announce.PostChartRenderer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A team post's chart as a PNG: a bar of attainment per member (or one for the team) with a line at 100 %. Always the
 * same size, drawn without a display, with fonts large enough to read in a chat thumbnail.
 */
public final class AttainmentChart implements PostChartRenderer {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    private static final Color ON_TRACK = new Color(0x2E7D32);
    private static final Color BELOW = new Color(0x1565C0);
    private static final Color TARGET_LINE = new Color(0xC62828);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final String SERIES = "attainment";
    /** The axis always shows up to at least this much, so a 100 % line and a bar just above it both fit. */
    private static final double LEAST_AXIS_TOP = 130;

    static {
        // Charts are drawn on servers without a display; must be set before AWT starts.
        System.setProperty("java.awt.headless", "true");
    }

    /** The PNG of the chart, {@link #WIDTH} by {@link #HEIGHT} pixels. */
    @Override
    public byte[] png(PostChart chart) {
        return PngImage.encode(image(chart));
    }

    /**
     * The chart's pixels, before they are written as a file. Drawn without an alpha channel: the white background
     * covers every pixel, so the pixels are the same as on a transparent canvas, and there is no alpha to write.
     */
    static BufferedImage image(PostChart chart) {
        return drawing(chart).createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    }

    /** The chart as JFreeChart holds it, before it is drawn on pixels. */
    static JFreeChart drawing(PostChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<PostChart.Bar> bars = chart.bars();
        double highest = 0;
        for (PostChart.Bar bar : bars) {
            double percent = percent(bar.ratio());
            highest = Math.max(highest, percent);
            data.addValue(percent, SERIES, bar.label());
        }

        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font(Font.PLAIN, 17));
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);

        NumberAxis values = new NumberAxis(chart.axisLabel());
        values.setLabelFont(font(Font.PLAIN, 16));
        values.setTickLabelFont(font(Font.PLAIN, 15));
        values.setRange(0, Math.max(LEAST_AXIS_TOP, Math.ceil(highest * 1.15 / 10) * 10));
        values.setNumberFormatOverride(new DecimalFormat("0' %'"));

        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).ratio().compareTo(BigDecimal.ONE) >= 0 ? ON_TRACK : BELOW;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.# '%'", DecimalFormatSymbols.getInstance(chart.language().locale()))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.BOLD, 17));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setInsets(new RectangleInsets(10, 10, 10, 24));
        ValueMarker target = new ValueMarker(100, TARGET_LINE, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {10, 6}, 0));
        target.setLabel(chart.targetLabel());
        target.setLabelFont(font(Font.BOLD, 15));
        target.setLabelPaint(TARGET_LINE);
        target.setLabelBackgroundColor(Color.WHITE);
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target, Layer.FOREGROUND);

        JFreeChart drawing = new JFreeChart(null, font(Font.BOLD, 22), plot, false);
        drawing.setTitle(new TextTitle(chart.title(), font(Font.BOLD, 22)));
        drawing.setBackgroundPaint(Color.WHITE);
        drawing.setAntiAlias(true);
        drawing.setTextAntiAlias(true);
        drawing.setPadding(new RectangleInsets(12, 12, 12, 12));
        return drawing;
    }

    /** Attainment in percent, for drawing only: one decimal is more than a bar can show. */
    private static double percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
