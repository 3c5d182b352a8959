package app.bonusbot.paydocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font a statement is written in, embedded (only the glyphs used): Liberation Sans, the metric twin of Arial and
 * Helvetica that PDFBox ships in its own jar (SIL Open Font License). Embedded, a statement looks the same in every
 * reader, and it has what the PDF standard fonts' WinAnsi encoding lacks: the minus sign (U+2212) and the no-break
 * space of Danish and English amounts. Using it also keeps PDFBox from searching the machine's fonts for a standard
 * font. A character the font has no glyph for is shown as the nearest it has (a narrow no-break space as a no-break
 * space), else {@code ?}, rather than failing a whole statement run.
 */
final class StatementFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] BYTES = read();

    private final TrueTypeFont ttf;
    private final CmapLookup unicode;
    final PDFont font;

    private StatementFont(TrueTypeFont ttf, PDFont font) throws IOException {
        this.ttf = ttf;
        this.unicode = ttf.getUnicodeCmapLookup();
        this.font = font;
    }

    /** The font for one document; closed with it ({@link #close}). */
    static StatementFont in(PDDocument document) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
        return new StatementFont(ttf, PDType0Font.load(document, ttf, true));
    }

    /** The text with every character the font cannot show replaced by the nearest it can. */
    String showable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(showable(c)));
        return out.toString();
    }

    private String showable(int c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return " ";
        }
        if (unicode.getGlyphId(c) != 0) {
            return new String(Character.toChars(c));
        }
        return switch (c) {
            case '\u202f', '\u2007' -> unicode.getGlyphId('\u00a0') != 0 ? "\u00a0" : " ";
            case '\u2009', '\u200a' -> " ";
            case '\u2212', '\u2010', '\u2011' -> "-";
            default -> "?";
        };
    }

    void close() throws IOException {
        ttf.close();
    }

    private static byte[] read() {
        try (InputStream in = StatementFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's jar has no " + RESOURCE + ": the statement font is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
