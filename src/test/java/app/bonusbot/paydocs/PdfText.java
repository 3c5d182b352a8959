package app.bonusbot.paydocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF reader extracts from a PDF: its pages and text, as PDFBox's text stripper reads them. */
public record PdfText(int pages, String text) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfText(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** The text of one page, from 1. */
    public static String page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
