package app.bonusbot.paydocs;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.StockValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A person's statement of a period as a PDF to hand to them and to payroll: who and which period, every plan with its
 * lines and subtotal (and the plan version used), shares apart as shares and value (never cash), the adjustments with
 * their reasons, the cash total, and whether the period is closed (by whom, when) or the figures are provisional. In
 * the statement's language. A closed statement's PDF is the same bytes every time it is made: its dates are the
 * close's, and its document id comes from the statement rather than the clock.
 */
public final class StatementPdf {

    private static final float AMOUNT_COLUMN = 130;
    private static final float LINE = 14;

    private final String companyName;
    private final ZoneId zone;

    /** @param zone the company's time zone, in which the day of a close is told */
    public StatementPdf(String companyName, ZoneId zone) {
        this.companyName = companyName;
        this.zone = zone;
    }

    public byte[] render(PayStatement statement) {
        Texts texts = Texts.of(statement.language());
        Formats formats = new Formats(statement.language(), statement.currency());
        try (PDDocument document = new PDDocument()) {
            describe(document, statement, texts);
            String head = companyName + " · " + texts.get("paydocs.title") + " · " + statement.personName() + " · " + statement.periodLabel();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Saved while the pages' font is open: only the glyphs used are embedded, and they are taken from it on saving.
            try (PdfPages pages = new PdfPages(document, head)) {
                new Layout(pages, statement, texts, formats).write();
                pages.finish(head, (page, of) -> texts.get("paydocs.page", page, of));
                document.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the statement PDF of " + statement.personId() + " for " + statement.periodKey(), e);
        }
    }

    /** Title, author and, for a closed statement, the close as its date; an id from the statement, not the clock. */
    private void describe(PDDocument document, PayStatement statement, Texts texts) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.get("paydocs.title") + " " + statement.personName() + " " + statement.periodLabel());
        info.setAuthor(companyName);
        info.setCreator("Bonusbot");
        statement.closed().ifPresent(close -> {
            GregorianCalendar closedAt = new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.ROOT);
            closedAt.setTimeInMillis(close.closedAt().toEpochMilli());
            info.setCreationDate(closedAt);
            info.setModificationDate(closedAt);
        });
        byte[] id = documentId(statement);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] documentId(PayStatement statement) {
        String key = statement.personId() + "\n" + statement.periodKey() + "\n" + statement.closed().map(c -> c.closedAt().toString()).orElse("provisional")
                + "\n" + statement.total().toPlainString();
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One statement laid out on its pages, top to bottom. */
    private final class Layout {

        private final PdfPages pages;
        private final PayStatement statement;
        private final Texts texts;
        private final Formats formats;

        Layout(PdfPages pages, PayStatement statement, Texts texts, Formats formats) {
            this.pages = pages;
            this.statement = statement;
            this.texts = texts;
            this.formats = formats;
        }

        void write() throws IOException {
            header();
            List<PaidPlan> cash = statement.plans().stream().filter(p -> p.stock().isEmpty()).toList();
            List<PaidPlan> stock = statement.plans().stream().filter(p -> p.stock().isPresent()).toList();
            for (PaidPlan plan : cash) {
                cashPlan(plan);
            }
            if (!statement.adjustments().isEmpty()) {
                section(texts.get("paydocs.adjustments"), null);
                for (PaidLine line : statement.adjustments()) {
                    line(line.description(), line.amount());
                }
                subtotal(texts.get("paydocs.adjustments.subtotal"), statement.adjustments().stream().map(PaidLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            total();
            if (!stock.isEmpty()) {
                shares(stock);
            }
        }

        private void header() throws IOException {
            pages.text(pages.bold, 11, PdfPages.MARGIN, companyName);
            pages.down(26);
            pages.text(pages.bold, 20, PdfPages.MARGIN, texts.get("paydocs.title"));
            pages.down(28);
            field(texts.get("paydocs.employee"), statement.personName());
            field(texts.get("paydocs.employee_id"), statement.employeeId());
            field(texts.get("paydocs.period"), statement.periodLabel() + " (" + texts.get("paydocs.period_dates", formats.date(statement.periodStart()),
                    formats.date(statement.periodEnd())) + ")");
            pages.down(4);
            pages.text(pages.regular, 10, PdfPages.MARGIN, texts.get("paydocs.currency", statement.currency().getCurrencyCode()));
            pages.down(LINE + 4);
            String state = statement.closed()
                    .map(c -> texts.get("paydocs.closed", formats.date(c.closedAt().atZone(zone).toLocalDate()), c.closedBy()))
                    .orElseGet(() -> texts.get("paydocs.provisional"));
            for (String part : pages.wrap(pages.bold, 11, PdfPages.RIGHT - PdfPages.MARGIN, state)) {
                pages.text(pages.bold, 11, PdfPages.MARGIN, part);
                pages.down(LINE);
            }
            pages.down(10);
        }

        private void field(String label, String value) throws IOException {
            pages.text(pages.regular, 10, PdfPages.MARGIN, label);
            pages.text(pages.bold, 10, PdfPages.MARGIN + 110, value);
            pages.down(LINE);
        }

        private void cashPlan(PaidPlan plan) throws IOException {
            section(plan.planName(), plan.versionFrom().map(from -> texts.get("paydocs.plan_version", formats.date(from))).orElse(null));
            if (plan.lines().isEmpty()) {
                pages.needs(LINE);
                pages.text(pages.regular, 10, PdfPages.MARGIN, texts.get("paydocs.no_lines"));
                pages.down(LINE);
            }
            for (PaidLine line : plan.lines()) {
                line(line.description(), line.amount());
            }
            subtotal(texts.get("paydocs.subtotal", plan.planName()), plan.cash());
        }

        /** A heading with the table's column names; kept on one page with at least its first line. */
        private void section(String title, String note) throws IOException {
            pages.needs(3 * LINE + 26 + (note == null ? 0 : LINE));
            pages.down(6);
            pages.text(pages.bold, 12, PdfPages.MARGIN, title);
            pages.down(LINE);
            if (note != null) {
                pages.text(pages.regular, 9, PdfPages.MARGIN, note);
                pages.down(LINE);
            }
            pages.text(pages.bold, 9, PdfPages.MARGIN, texts.get("paydocs.column.description"));
            pages.rightText(pages.bold, 9, PdfPages.RIGHT, texts.get("paydocs.column.amount"));
            pages.down(LINE);
            pages.rule(PdfPages.MARGIN, PdfPages.RIGHT);
        }

        private void line(String description, BigDecimal amount) throws IOException {
            List<String> parts = pages.wrap(pages.regular, 10, PdfPages.RIGHT - PdfPages.MARGIN - AMOUNT_COLUMN, description);
            pages.needs(parts.size() * LINE);
            for (int i = 0; i < parts.size(); i++) {
                pages.text(pages.regular, 10, PdfPages.MARGIN, parts.get(i));
                if (i == 0) {
                    pages.rightText(pages.regular, 10, PdfPages.RIGHT, formats.money(amount));
                }
                pages.down(LINE);
            }
        }

        private void subtotal(String label, BigDecimal amount) throws IOException {
            pages.needs(LINE + 8);
            pages.rule(PdfPages.RIGHT - AMOUNT_COLUMN, PdfPages.RIGHT);
            amountRow(pages.bold, 10, label, amount);
            pages.down(8);
        }

        private void total() throws IOException {
            pages.needs(2 * LINE + 10);
            pages.down(10);
            pages.rule(PdfPages.MARGIN, PdfPages.RIGHT);
            amountRow(pages.bold, 12, texts.get("paydocs.total"), statement.total());
        }

        private void amountRow(PdfPages.Face font, float size, String label, BigDecimal amount) throws IOException {
            pages.text(font, size, PdfPages.MARGIN, label);
            pages.rightText(font, size, PdfPages.RIGHT, formats.money(amount));
            pages.down(LINE);
        }

        /** Shares after the total, as shares and their value: not cash, so never in the total above. */
        private void shares(List<PaidPlan> stockPlans) throws IOException {
            pages.needs(4 * LINE + 20);
            pages.down(16);
            pages.text(pages.bold, 12, PdfPages.MARGIN, texts.get("paydocs.stock"));
            pages.down(LINE);
            for (PaidPlan plan : stockPlans) {
                StockValue stock = plan.stock().orElseThrow();
                pages.needs(4 * LINE);
                pages.text(pages.bold, 10, PdfPages.MARGIN, plan.planName());
                pages.down(LINE);
                plan.versionFrom().ifPresent(from -> note(texts.get("paydocs.plan_version", formats.date(from))));
                note(texts.get("paydocs.stock.vested", formats.count(stock.vestedUnits()), formats.money(stock.sharePrice())));
                note(texts.get("paydocs.stock.unvested", formats.count(stock.unvestedUnits())));
                amountRow(pages.regular, 10, texts.get("paydocs.stock.value"), stock.vestedValue());
            }
            pages.down(4);
            for (String part : pages.wrap(pages.regular, 9, PdfPages.RIGHT - PdfPages.MARGIN, texts.get("paydocs.stock.not_cash"))) {
                pages.needs(LINE);
                pages.text(pages.regular, 9, PdfPages.MARGIN, part);
                pages.down(LINE);
            }
        }

        private void note(String text) {
            try {
                pages.text(pages.regular, 10, PdfPages.MARGIN, text);
                pages.down(LINE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
