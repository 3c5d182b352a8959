package app.bonusbot.core.announce;

/** Draws a post's chart as an image to upload with it; the drawing library stays outside the core. */
public interface PostChartRenderer {

    /** The chart as a PNG image. */
    byte[] png(PostChart chart);
}
