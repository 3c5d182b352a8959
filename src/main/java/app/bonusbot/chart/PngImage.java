package app.bonusbot.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a drawn chart as a PNG file straight from its pixel array. ImageIO's PNG writer copies the image a row at a
 * time through the generic raster API, tries five filters on every row and compresses hard, which made writing the
 * file three quarters of a chart's cost. A chart is mostly rows like the one above it, so one filter (each byte
 * minus the one above) and the fastest compression make a file a little larger, in a fraction of the time. Lossless:
 * the file decodes to exactly the pixels drawn.
 */
final class PngImage {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int FILTER_UP = 2;

    private PngImage() {}

    /** @param image an opaque image of packed RGB pixels ({@code TYPE_INT_RGB}), as charts are drawn */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only images of packed RGB pixels are written, not image type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream(48 * 1024);
            file.write(SIGNATURE);
            DataOutputStream out = new DataOutputStream(file);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(BIT_DEPTH);
            h.writeByte(COLOUR_TYPE_RGB);
            h.writeByte(0); // deflate
            h.writeByte(0); // the five standard filters
            h.writeByte(0); // not interlaced
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressed(pixels, width, height));
            chunk(out, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            // Only memory streams are written to.
            throw new UncheckedIOException(e);
        }
    }

    /** The rows, each its filter byte and the Up-filtered samples (the first row's "above" is zero), as one zlib stream. */
    private static byte[] compressed(int[] pixels, int width, int height) throws IOException {
        byte[] row = new byte[1 + width * 3];
        row[0] = FILTER_UP;
        ByteArrayOutputStream data = new ByteArrayOutputStream(48 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                int at = 1;
                for (int x = y * width, end = x + width; x < end; x++) {
                    int pixel = pixels[x];
                    int above = x < width ? 0 : pixels[x - width];
                    row[at++] = (byte) ((pixel >>> 16) - (above >>> 16));
                    row[at++] = (byte) ((pixel >>> 8) - (above >>> 8));
                    row[at++] = (byte) (pixel - above);
                }
                zlib.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
