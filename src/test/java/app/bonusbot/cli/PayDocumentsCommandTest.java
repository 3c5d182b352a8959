package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.time.Period;
import app.bonusbot.paydocs.HandMadeStatements;
import app.bonusbot.paydocs.PdfText;
import app.bonusbot.paydocs.StatementPdf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bonusbot statements P --out DIR and bonusbot payroll-export P [--out FILE]. */
class PayDocumentsCommandTest {

    private static final Period Q3 = Period.parse("2026-Q3").orElseThrow();
    private static final Texts EN = Texts.of(Language.EN);

    @TempDir
    Path tempDir;

    private final StatementPdf pdf = new StatementPdf("Nordlys Software ApS", ZoneId.of("Europe/Copenhagen"));
    private final StringWriter out = new StringWriter();

    @Test
    void statements_writes_one_pdf_per_person_named_by_period_and_person_and_says_how_many_and_where() throws Exception {
        // given the period's statements as the close serves them
        var source = HandMadeStatements.serving(HandMadeStatements.annaClosed(Language.EN), HandMadeStatements.sorenProvisional());
        Path dir = tempDir.resolve("statements/2026-Q3");

        // when
        int exit = StatementsCommand.write(source, Q3, dir, pdf, EN, new PrintWriter(out));

        // then
        assertEquals(ExitCodes.OK, exit);
        assertEquals(List.of("2026-Q3_anna.holm.pdf", "2026-Q3_soren.aeroe.pdf"), fileNames(dir));
        assertEquals("Wrote 2 statements for Q3 2026 to " + dir.toAbsolutePath() + System.lineSeparator(), out.toString());
        assertTrue(PdfText.of(Files.readAllBytes(dir.resolve("2026-Q3_soren.aeroe.pdf"))).text().contains("Søren Ærøe"));
    }

    @Test
    void statements_refuses_a_directory_it_cannot_write_to_before_writing_anything() throws Exception {
        // given a file where the directory would have to be
        Path file = Files.writeString(tempDir.resolve("not-a-directory"), "x");
        var source = HandMadeStatements.serving(HandMadeStatements.annaClosed(Language.EN));

        // when
        UserError refused = assertThrows(UserError.class, () -> StatementsCommand.write(source, Q3, file.resolve("out"), pdf, EN, new PrintWriter(out)));

        // then
        assertTrue(refused.line().startsWith("error: --out: cannot write to " + file.resolve("out")), refused.line());
        assertEquals("", out.toString());
    }

    @Test
    void a_person_without_an_employee_id_is_refused_by_name_and_nothing_is_exported() {
        // given Søren has no payroll id (settings.yaml asks for employee numbers and he was imported without one)
        PayStatement s = HandMadeStatements.sorenProvisional();
        PayStatement noId = new PayStatement(s.language(), s.personId(), s.personName(), "", s.periodKey(), s.periodLabel(), s.periodStart(),
                s.periodEnd(), s.currency(), s.plans(), s.adjustments(), Optional.empty());
        var source = HandMadeStatements.serving(HandMadeStatements.annaClosed(Language.EN), noId);

        // when
        UserError refused = assertThrows(UserError.class, () -> PayrollExportCommand.export(source, Q3, null, true, EN, new PrintWriter(out)));

        // then
        assertTrue(refused.line().startsWith("error: no employee id for soren.aeroe:"), refused.line());
        assertEquals("", out.toString());
    }

    @Test
    void payroll_export_prints_the_csv_to_standard_output_without_a_byte_order_mark() {
        // given
        var source = HandMadeStatements.serving(HandMadeStatements.annaClosed(Language.EN));

        // when
        PayrollExportCommand.export(source, Q3, null, true, EN, new PrintWriter(out));

        // then
        assertTrue(out.toString().startsWith("employee_id,name,period,cash milestones,cash new-business,adjustments,total,currency,"), out.toString());
        assertTrue(out.toString().contains("\r\nE-1001,Anna Holm,2026-Q3,2000.00,15500.50,-1234.00,16266.50,DKK,120,10200.00\r\n"), out.toString());
    }

    @Test
    void end_to_end_statements_writes_a_provisional_pdf_for_everyone_on_a_plan_in_a_real_database() throws Exception {
        // given the demo company on a new SQLite file
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        Path dir = tempDir.resolve("pdf");

        // when
        InProcessCli.Run run = cli.run("statements", "2026-Q4", "--out", dir.toString());

        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        List<String> files = fileNames(dir);
        assertFalse(files.isEmpty());
        assertTrue(files.stream().allMatch(f -> f.startsWith("2026-Q4_") && f.endsWith(".pdf")), files.toString());
        assertTrue(run.out().contains("Skrev " + files.size() + " opgørelser for ") && run.out().contains(dir.toAbsolutePath().toString()), run.out());
        assertTrue(files.contains("2026-Q4_anna.holm.pdf"), files.toString());
        String anna = PdfText.of(Files.readAllBytes(dir.resolve("2026-Q4_anna.holm.pdf"))).text();
        assertTrue(anna.contains("Anna Holm") && anna.contains("Nordlys Software ApS"), anna);
        assertTrue(anna.contains("PROVISIONAL") || anna.contains("FORELØBIG"), anna);
    }

    @Test
    void end_to_end_statements_into_an_unwritable_directory_fails_with_a_clear_line() throws Exception {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        Path file = Files.writeString(tempDir.resolve("a-file"), "x");

        // when
        InProcessCli.Run run = cli.run("statements", "2026-Q4", "--out", file.resolve("pdf").toString());

        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("fejl: --out: kan ikke skrive til " + file.resolve("pdf")), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void end_to_end_payroll_export_is_the_same_bytes_twice_and_a_file_starts_with_a_byte_order_mark() throws Exception {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        Path file = tempDir.resolve("export/payroll-2026-Q4.csv");

        // when
        InProcessCli.Run first = cli.run("payroll-export", "2026-Q4");
        InProcessCli.Run second = cli.run("payroll-export", "2026-Q4");
        InProcessCli.Run toFile = cli.run("payroll-export", "2026-Q4", "--out", file.toString());

        // then
        assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().startsWith("employee_id,name,period,"), first.out());
        assertTrue(first.out().contains("\r\nanna.holm,Anna Holm,2026-Q4,"), first.out());
        assertEquals(ExitCodes.OK, toFile.exitCode(), toFile.toString());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertEquals(first.out(), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void end_to_end_a_period_that_is_not_one_is_a_usage_error() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);

        // when
        InProcessCli.Run run = cli.run("payroll-export", "2026-Q9");

        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("'2026-Q9'"), run.err());
    }

    private static List<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
