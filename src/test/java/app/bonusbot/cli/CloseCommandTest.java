package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.store.AuditEntry;
import app.bonusbot.store.AuditLog;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a period: the demo company without demo deals, with the HubSpot example export imported, on 27 November
 * 2026 (Q3 2026 has ended, Q4 has not).
 */
class CloseCommandTest {

    private static final String FIRST_BAND = "{from: 0, to: 1.0, rate: 1.0}";
    private static final String HALF_RATE = "{from: 0, to: 1.0, rate: 0.5}";

    @TempDir
    Path tempDir;

    private InProcessCli company() {
        return InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @Test
    void a_preview_prints_every_statement_and_the_totals_and_writes_nothing() {
        // GIVEN the company before any close
        InProcessCli cli = company();

        // WHEN sales ops previews the close of Q3
        InProcessCli.Run preview = cli.run("close", "2026-Q3", "--preview");

        // THEN every person's statement and the totals are printed (in the company's Danish) and nothing is written
        assertEquals(ExitCodes.OK, preview.exitCode(), preview.toString());
        assertTrue(preview.out().contains("Anna Holm"), preview.out());
        assertTrue(preview.out().contains("Mikkel Larsen"), preview.out());
        assertTrue(preview.out().contains("Foreløbig"), preview.out());
        assertTrue(preview.out().contains("Total for virksomheden: "), preview.out());
        assertTrue(preview.out().contains("bonusbot close 2026-Q3"), preview.out());
        assertEquals(0, rows("SELECT COUNT(*) FROM period_closes") + rows("SELECT COUNT(*) FROM closed_statements")
                + rows("SELECT COUNT(*) FROM closed_plan_cash") + rows("SELECT COUNT(*) FROM audit_log WHERE action = 'close'"));
        assertFalse(cli.run("status", "--person", "anna.holm", "--period", "2026-Q3").out().contains("this is what was paid"));
    }

    @Test
    void a_closed_period_answers_with_its_frozen_statement_byte_for_byte_after_a_config_edit_and_an_import() throws IOException {
        // GIVEN the demo deals and the export imported, and Q3 closed by the admin Karin
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir);
        assertEquals(ExitCodes.OK, cli.run("status", "--person", "anna.holm").exitCode());
        cli.withHubSpotExportImported();
        InProcessCli.Run close = cli.run("close", "2026-Q3", "--by", "karin.dahl");
        assertEquals(ExitCodes.OK, close.exitCode(), close.toString());
        assertTrue(close.out().startsWith("Lukkede 3. kvartal 2026: frøs opgørelserne for "), close.out());
        InProcessCli.Run status = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3");
        InProcessCli.Run explain = cli.run("explain", "--person", "anna.holm", "--period", "2026-Q3");
        InProcessCli.Run explainOne = cli.run("explain", "--person", "anna.holm", "quarterly-bonus", "--period", "2026-Q3");
        InProcessCli.Run json = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        InProcessCli.Run danish = cli.run("status", "--person", "mikkel.larsen", "--period", "2026-Q3");
        String snapshot = snapshot("anna.holm");

        // WHEN the first band's rate is halved in plans.yaml and an import changes a Q3 deal of Anna's
        cli.editing("plans.yaml", FIRST_BAND, HALF_RATE);
        Path changed = tempDir.resolve("changed.csv");
        Files.writeString(changed, Files.readString(InProcessCli.HUBSPOT_EXPORT, StandardCharsets.UTF_8)
                .replace("\"Anna Holm\",\"185000\"", "\"Anna Holm\",\"85000\""), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, cli.run("import", "deals", changed.toString()).exitCode());

        // THEN status and explain of Q3 are the frozen ones, byte for byte, marked as what was paid
        assertEquals(status.out(), cli.run("status", "--person", "anna.holm", "--period", "2026-Q3").out());
        assertEquals(explain.out(), cli.run("explain", "--person", "anna.holm", "--period", "2026-Q3").out());
        assertEquals(explainOne.out(), cli.run("explain", "--person", "anna.holm", "quarterly-bonus", "--period", "2026-Q3").out());
        assertEquals(json.out(), cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json").out());
        assertEquals(danish.out(), cli.run("status", "--person", "mikkel.larsen", "--period", "2026-Q3").out());
        assertEquals(snapshot, snapshot("anna.holm"));
        assertTrue(status.out().contains("Closed on 27 Nov 2026 by Karin Dahl: this is what was paid"), status.out());
        assertTrue(danish.out().contains("Lukket den 27. nov. 2026 af Karin Dahl: dette er, hvad der blev udbetalt"), danish.out());
        assertEquals("karin.dahl", json.json().path("closed").path("closed_by").asText(), json.out());
        String frozenTotal = json.json().path("plans").get(0).path("total").asText();
        assertTrue(new java.math.BigDecimal(frozenTotal).signum() > 0, json.out());

        // AND once reopened, Q3 is worked out again, with the new rate and the changed deal
        assertEquals(ExitCodes.OK, cli.run("reopen", "2026-Q3", "--reason", "deal amount corrected").exitCode());
        InProcessCli.Run live = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        assertNotEquals(frozenTotal, live.json().path("plans").get(0).path("total").asText(), live.out());
        assertTrue(live.json().path("closed").isMissingNode(), live.out());
    }

    @Test
    void a_period_that_has_not_ended_or_is_closed_already_is_refused_with_nothing_written() {
        InProcessCli cli = company();

        InProcessCli.Run running = cli.run("close", "2026-Q4");
        assertEquals(ExitCodes.FAILURE, running.exitCode(), running.toString());
        assertTrue(running.err().contains("4. kvartal 2026 er ikke slut endnu"), running.err());
        assertEquals(0, rows("SELECT COUNT(*) FROM period_closes"));

        assertEquals(ExitCodes.OK, cli.run("close", "previous").exitCode());
        InProcessCli.Run again = cli.run("close", "2026-Q3");
        assertEquals(ExitCodes.FAILURE, again.exitCode(), again.toString());
        assertTrue(again.err().contains("2026-Q3 er allerede lukket"), again.err());
        assertEquals(1, rows("SELECT COUNT(*) FROM audit_log WHERE action = 'close'"));

        InProcessCli.Run notAPeriod = cli.run("close", "someday");
        assertEquals(ExitCodes.USAGE, notAPeriod.exitCode(), notAPeriod.toString());
    }

    @Test
    void reopening_needs_a_reason_and_an_admin_and_is_recorded_with_the_totals_that_were_frozen() {
        // GIVEN Q3 closed
        InProcessCli cli = company();
        assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());

        // WHEN it is reopened without a reason, by a seller, and then by an admin with a reason
        InProcessCli.Run noReason = cli.run("reopen", "2026-Q3");
        InProcessCli.Run bySeller = cli.run("reopen", "2026-Q3", "--reason", "I want more", "--by", "anna.holm");
        InProcessCli.Run closingBySeller = cli.run("close", "2026-Q2", "--by", "anna.holm");
        InProcessCli.Run byAdmin = cli.run("reopen", "2026-Q3", "--reason", "Fjord deal was booked twice", "--by", "karin.dahl");

        // THEN only the last one reopens, and the audit log has the close and the reopen with its reason
        assertEquals(ExitCodes.USAGE, noReason.exitCode(), noReason.toString());
        assertTrue(noReason.err().contains("--reason"), noReason.err());
        assertEquals(ExitCodes.NOT_ALLOWED, bySeller.exitCode(), bySeller.toString());
        assertTrue(bySeller.err().contains("anna.holm er ikke administrator"), bySeller.err());
        assertEquals(ExitCodes.NOT_ALLOWED, closingBySeller.exitCode(), closingBySeller.toString());
        assertEquals(ExitCodes.OK, byAdmin.exitCode(), byAdmin.toString());
        assertTrue(byAdmin.out().startsWith("Genåbnede 3. kvartal 2026"), byAdmin.out());
        List<AuditEntry> entries;
        try (Database db = Database.open(cli.db())) {
            entries = new AuditLog(db).read(null, "2026-Q3");
            assertEquals(0, new ClosedPeriodStore(db, app.bonusbot.core.i18n.Language.DA).frozen("2026-Q3").size());
        }
        assertEquals(List.of("close", "reopen"), entries.stream().map(AuditEntry::action).toList());
        assertEquals("cli", entries.get(0).actor());
        assertTrue(entries.get(0).after().contains("\"total\":\""), entries.get(0).after());
        assertEquals("karin.dahl", entries.get(1).actor());
        assertEquals("Fjord deal was booked twice", entries.get(1).detail());
        assertEquals(entries.get(0).after(), entries.get(1).before());
        assertFalse(cli.run("status", "--person", "anna.holm", "--period", "2026-Q3").out().contains("this is what was paid"));
    }

    @Test
    void config_check_refuses_an_edit_of_a_plan_version_a_closed_period_was_paid_with_and_accepts_a_new_version_instead() {
        // GIVEN Q3 closed
        InProcessCli cli = company();
        assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());

        // WHEN the band rate of the plan Q3 was paid with is changed in place
        cli.editing("plans.yaml", FIRST_BAND, HALF_RATE);
        InProcessCli.Run edited = cli.run("config", "check");

        // THEN config check names plans.yaml, the plan's line, the closed period and what to do instead
        assertEquals(ExitCodes.INVALID_CONFIG, edited.exitCode(), edited.toString());
        assertTrue(edited.err().contains("plans.yaml:" + line(cli.config().resolve("plans.yaml"), "  - id: quarterly-bonus") + " plans.quarterly-bonus: plan 'quarterly-bonus'"
                + " has changed, but 2026-Q3 was closed and paid with it as it was: put it back as it was and add a new version with effective_from: 2026-10-01"
                + " (the first open period) instead"), edited.err());

        // AND the same change as a new version from the first open period is accepted
        cli.editing("plans.yaml", HALF_RATE, FIRST_BAND);
        cli.editing("plans.yaml", PlanVersionsCommandsTest.FIRST_BAND, PlanVersionsCommandsTest.NEW_VERSION);
        InProcessCli.Run versioned = cli.run("config", "check");
        assertEquals(ExitCodes.OK, versioned.exitCode(), versioned.toString());
    }

    private static int line(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.indexOf(lines.stream().filter(l -> l.startsWith(text)).findFirst().orElseThrow()) + 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long rows(String sql) {
        try (Database db = Database.open(tempDir.resolve("bonusbot.db"))) {
            return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    private String snapshot(String person) {
        try (Database db = Database.open(tempDir.resolve("bonusbot.db"))) {
            Optional<String> text = new ClosedPeriodStore(db, app.bonusbot.core.i18n.Language.DA).snapshotText(person, "2026-Q3");
            return text.orElseThrow();
        }
    }
}
