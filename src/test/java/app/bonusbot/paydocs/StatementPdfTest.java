package app.bonusbot.paydocs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PayStatement;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A statement PDF as its reader sees it: the text PDFBox extracts from it. */
class StatementPdfTest {

    private final StatementPdf pdf = new StatementPdf("Nordlys Software ApS", ZoneId.of("Europe/Copenhagen"));

    @Test
    void a_closed_statement_shows_who_which_period_every_plan_line_subtotal_adjustment_and_the_total() {
        // given Anna's closed Q3 2026, in English
        PayStatement anna = HandMadeStatements.annaClosed(Language.EN);

        // when
        PdfText pdfText = PdfText.of(pdf.render(anna));

        // then
        String text = pdfText.text();
        for (String expected : List.of("Nordlys Software ApS", "Bonus statement", "Employee Anna Holm", "Employee ID E-1001",
                "Period Q3 2026 (1 Jul 2026 to 30 Sept 2026)", "All amounts in DKK",
                "New business", "Plan version from 1 Jul 2026", "Band 0 %–100 % at ×1 DKK 12,000.00", "Band 100 %–150 % at ×1.5 DKK 3,500.50",
                "Subtotal New business DKK 15,500.50", "Logo milestones", "Deal Ærø Cykler ApS (new logo) DKK 2,000.00", "Subtotal Logo milestones DKK 2,000.00",
                "Adjustments", "Deal Acme in Q2 2026 changed from won to lost after Q2 2026 was paid -DKK 1,234.00",
                "Total cash payout DKK 16,266.50", "Closed on 3 Oct 2026 by ops", "Page 1 of 1")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("PROVISIONAL"), text);
    }

    @Test
    void shares_are_listed_apart_as_shares_and_value_not_paid_in_cash_and_not_in_the_total() {
        // given Anna's statement with 120 vested shares worth 10,200.00
        PayStatement anna = HandMadeStatements.annaClosed(Language.EN);

        // when
        String text = PdfText.of(pdf.render(anna)).text();

        // then the shares come after the cash total, as shares and value, and the total is the cash alone
        int total = text.indexOf("Total cash payout DKK 16,266.50");
        int shares = text.indexOf("Shares (not paid in cash)");
        assertTrue(total >= 0 && shares > total, text);
        assertTrue(text.contains("Employee shares"), text);
        assertTrue(text.contains("Vested shares: 120 at DKK 85.00 per share"), text);
        assertTrue(text.contains("Unvested shares: 80"), text);
        assertTrue(text.contains("Value of the vested shares DKK 10,200.00"), text);
        assertTrue(text.contains("not paid in cash and not part of the total"), text);
    }

    @Test
    void a_danish_statement_has_danish_labels_and_its_danish_letters_come_back_from_the_text() {
        // given Søren Ærøe's provisional statement, in Danish, and Anna's in Danish
        PayStatement soren = HandMadeStatements.sorenProvisional();
        PayStatement anna = HandMadeStatements.annaClosed(Language.DA);

        // when
        String sorens = PdfText.of(pdf.render(soren)).text();
        String annas = PdfText.of(pdf.render(anna)).text();

        // then æ ø å Æ Ø Å are extracted as written, and the labels, dates and amounts are Danish
        for (String expected : List.of("Bonusopgørelse", "Medarbejder Søren Ærøe", "Medarbejdernummer E-1002", "Periode K3 2026 (1. jul. 2026 til 30. sep. 2026)",
                "Alle beløb i DKK", "Nysalg Øst og Århus", "Trin 0 %–100 % à ×1 4.000,00 kr.", "Subtotal Nysalg Øst og Århus 4.000,00 kr.", "Samlet kontant udbetaling 4.000,00 kr.",
                "FORELØBIG: perioden er ikke lukket, så tallene kan stadig ændre sig.", "Side 1 af 1")) {
            assertTrue(sorens.contains(expected), "missing '" + expected + "' in:\n" + sorens);
        }
        for (String expected : List.of("Lukket den 3. okt. 2026 af ops", "Deal Ærø Cykler ApS (new logo) 2.000,00 kr.", "Reguleringer",
                "-1.234,00 kr.", "Samlet kontant udbetaling 16.266,50 kr.", "Aktier (udbetales ikke kontant)", "Optjente aktier: 120 à 85,00 kr. pr. aktie")) {
            assertTrue(annas.contains(expected), "missing '" + expected + "' in:\n" + annas);
        }
        assertTrue("ÆØÅæøå".chars().allMatch(c -> (sorens + annas).indexOf(c) >= 0), "every Danish letter came back");
    }

    @Test
    void a_provisional_statement_says_plainly_that_it_is_provisional_and_names_no_close() {
        // given Anna's statement before the period is closed
        PayStatement closed = HandMadeStatements.annaClosed(Language.EN);
        PayStatement provisional = new PayStatement(closed.language(), closed.personId(), closed.personName(), closed.employeeId(), closed.periodKey(),
                closed.periodLabel(), closed.periodStart(), closed.periodEnd(), closed.currency(), closed.plans(), closed.adjustments(), Optional.empty());

        // when
        String text = PdfText.of(pdf.render(provisional)).text();

        // then
        assertTrue(text.contains("PROVISIONAL: this period is not closed, so these figures may still change."), text);
        assertFalse(text.contains("Closed on"), text);
    }

    @Test
    void a_minus_sign_and_no_break_spaces_that_the_standard_fonts_lack_are_embedded_and_come_back_from_the_text() {
        // given a line whose words hold U+2212 (minus) and U+00A0 (no-break space), which the PDF standard font's WinAnsi
        // encoding cannot show at all, and U+202F (narrow no-break space)
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThrows(IllegalArgumentException.class, () -> helvetica.encode("\u2212"));
        PayStatement soren = HandMadeStatements.sorenProvisional();
        PayStatement withMinus = new PayStatement(soren.language(), soren.personId(), soren.personName(), soren.employeeId(), soren.periodKey(),
                soren.periodLabel(), soren.periodStart(), soren.periodEnd(), soren.currency(), soren.plans(),
                List.of(new PaidLine("Regulering \u22121\u00a0234,00\u202fkr. for Ærø", HandMadeStatements.dkk("-1234.00"))), Optional.empty());

        // when
        String text = PdfText.of(pdf.render(withMinus)).text();

        // then the statement is written with the minus sign as it is; the no-break spaces read as spaces
        String line = text.lines().filter(l -> l.startsWith("Regulering ")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertEquals("Regulering \u22121 234,00 kr. for Ærø -1.234,00 kr.", line.replace('\u00a0', ' ').replace('\u202f', ' '));
        assertTrue(text.contains("Samlet kontant udbetaling 2.766,00 kr."), text);
    }

    @Test
    void a_long_statement_breaks_onto_more_pages_each_numbered_and_nothing_is_lost() {
        // given 120 lines of 100.00
        PayStatement long120 = HandMadeStatements.withManyLines(120);

        // when
        byte[] rendered = pdf.render(long120);
        PdfText text = PdfText.of(rendered);

        // then
        assertTrue(text.pages() >= 3, "pages: " + text.pages());
        for (int page = 1; page <= text.pages(); page++) {
            assertTrue(PdfText.page(rendered, page).contains("Page " + page + " of " + text.pages()), "page " + page);
        }
        assertTrue(PdfText.page(rendered, 2).contains("Nordlys Software ApS · Bonus statement · Bo Berg · Q3 2026"), "a later page says whose it is");
        for (int i = 1; i <= 120; i++) {
            assertTrue(text.text().contains("Deal number " + i + " won"), "line " + i);
        }
        assertTrue(PdfText.page(rendered, text.pages()).contains("Total cash payout DKK 12,000.00"), text.text());
    }

    @Test
    void a_closed_statement_is_the_same_bytes_every_time_it_is_made() {
        // given
        PayStatement anna = HandMadeStatements.annaClosed(Language.EN);

        // when
        byte[] first = pdf.render(anna);
        byte[] second = pdf.render(anna);

        // then
        assertArrayEquals(first, second);
        assertEquals("%PDF-", new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
