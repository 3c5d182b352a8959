package app.bonusbot.paydocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom: text at a cursor that moves down, a new page when the next block does not fit, and
 * a footer with "Page n of N" on every page once all are written. One embedded font ({@link StatementFont}); bold is
 * that font drawn with its outline stroked as well, so no second font file is needed.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float RIGHT = WIDTH - MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    /** Room kept free at the bottom for the footer. */
    private static final float BOTTOM = MARGIN + 30;

    /** Plain text. */
    static final Face REGULAR = new Face(false);
    /** Headings, labels of totals and the state of the statement. */
    static final Face BOLD = new Face(true);
    private static final float BOLD_STROKE = 0.35f;

    final Face regular = REGULAR;
    final Face bold = BOLD;

    private final StatementFont font;

    private final PDDocument document;
    private final String runningHead;
    private PDPageContentStream content;
    private float y;

    /** @param runningHead shown at the top of every page after the first (whose statement it is) */
    PdfPages(PDDocument document, String runningHead) throws IOException {
        this.document = document;
        this.font = StatementFont.in(document);
        this.runningHead = runningHead;
        newPage();
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void needs(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            text(regular, 8, MARGIN, runningHead);
            down(18);
        }
    }

    void down(float points) {
        y -= points;
    }

    /** Text whose baseline is the cursor, from {@code x}. */
    void text(Face face, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font.font, size);
        content.setRenderingMode(face.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (face.bold()) {
            content.setLineWidth(BOLD_STROKE);
        }
        content.newLineAtOffset(x, y);
        content.showText(font.showable(text));
        content.endText();
    }

    /** Text ending at {@code right}: amounts line up on their last digit. */
    void rightText(Face font, float size, float right, String text) throws IOException {
        text(font, size, right - width(font, size, text), text);
    }

    /** A thin horizontal rule just above the cursor. */
    void rule(float from, float to) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(from, y + 9);
        content.lineTo(to, y + 9);
        content.stroke();
    }

    float width(Face face, float size, String text) throws IOException {
        return font.font.getStringWidth(font.showable(text)) / 1000 * size + (face.bold() ? BOLD_STROKE : 0);
    }

    /** The text broken into lines no wider than {@code width}, between words where it can be. */
    List<String> wrap(Face font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, size, tried) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Closes the last page and writes each page's footer: {@code footer} on the left, the page number on the right. */
    void finish(String footer, PageNumber pageNumber) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footerStream = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                content = footerStream;
                y = MARGIN;
                text(regular, 8, MARGIN, footer);
                rightText(regular, 8, RIGHT, pageNumber.of(i + 1, pages));
            }
        }
        content = null;
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
        } finally {
            font.close();
        }
    }

    /** How text is drawn: plain or bold. */
    record Face(boolean bold) {}

    /** "Page 2 of 3" in the statement's language. */
    interface PageNumber {
        String of(int page, int pages);
    }
}
