package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bonusbot approvals request P}, {@code bonusbot approve P --manager ID} and {@code bonusbot approvals P} on
 * the demo company with approval required and the HubSpot export imported, in process as Main runs them. They speak
 * the company's language (Danish in the demo); {@code --language}-less, as the survey commands.
 */
class ApprovalCommandsTest {

    @TempDir
    Path tempDir;

    private InProcessCli company() {
        return InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals()
                .editing("settings.yaml", "demo_data: false\n", "demo_data: false\napproval: {required: true, remind_at: \"09:00\"}\n")
                .editing("settings.yaml", "language: da", "language: en")
                .withHubSpotExportImported();
    }

    @Test
    void sales_ops_requests_approval_a_manager_approves_and_the_listing_shows_who_has_not() {
        // given
        InProcessCli cli = company();

        // when sales ops asks, Jonas approves through the CLI, and the listing is read
        InProcessCli.Run requested = cli.run("approvals", "request", "2026-Q4");
        InProcessCli.Run approved = cli.run("approve", "2026-Q4", "--manager", "jonas.weber");
        InProcessCli.Run listed = cli.run("approvals", "2026-Q4");

        // then
        assertEquals(ExitCodes.OK, requested.exitCode(), requested.toString());
        assertEquals("Approval of 2026-Q4 requested from Jonas Weber (jonas.weber), Mette Lund (mette.lund), Sofie Berg (sofie.berg)."
                + " The running bot asks each of them by direct message within a minute and reminds those who have not approved every day at 09:00.\n",
                requested.out());
        assertEquals(ExitCodes.OK, approved.exitCode(), approved.toString());
        assertTrue(approved.out().startsWith("Approved: DACH, Q4 2026 (3 people, total DKK 28,940.02), recorded 27 Nov 2026 12:00."), approved.out());
        assertEquals(ExitCodes.OK, listed.exitCode(), listed.toString());
        String[] lines = listed.out().split("\n");
        assertEquals("Approvals of Q4 2026 (2026-Q4)", lines[0]);
        assertEquals("Approval was requested 27 Nov 2026 12:00 by cli.", lines[1]);
        assertEquals("  DACH · Jonas Weber (jonas.weber) · DKK 28,940.02 · approved 27 Nov 2026 12:00 by cli", lines[2]);
        assertTrue(lines[3].startsWith("  Nordics new business · Mette Lund (mette.lund) · DKK "), lines[3]);
        assertTrue(lines[3].endsWith(" · not approved"), lines[3]);
        assertEquals("1 of 3 teams approved: 2026-Q4 cannot be closed yet.", lines[lines.length - 1]);
    }

    @Test
    void approve_by_someone_who_is_neither_that_manager_nor_an_admin_is_refused() {
        // given
        InProcessCli cli = company();
        // when a seller records a manager's approval, and a seller is named as the manager
        InProcessCli.Run byASeller = cli.run("approve", "2026-Q4", "--manager", "jonas.weber", "--by", "anna.holm");
        InProcessCli.Run aSeller = cli.run("approve", "2026-Q4", "--manager", "anna.holm");
        InProcessCli.Run byTheAdmin = cli.run("approve", "2026-Q4", "--manager", "jonas.weber", "--by", "karin.dahl");
        // then
        assertEquals(ExitCodes.FAILURE, byASeller.exitCode());
        assertEquals("error: --by: anna.holm may not approve for jonas.weber; only that manager or an admin (settings.yaml admins) may\n", byASeller.err());
        assertEquals(ExitCodes.FAILURE, aSeller.exitCode());
        assertEquals("error: Approving statements is for team managers, and you don't manage a team.\n", aSeller.err());
        assertEquals(ExitCodes.OK, byTheAdmin.exitCode(), byTheAdmin.toString());
        assertTrue(cli.run("approvals", "2026-Q4").out().contains("approved 27 Nov 2026 12:00 by karin.dahl"));
    }

    @Test
    void without_approval_in_settings_the_verbs_say_how_to_switch_it_on() {
        // given the demo settings as shipped
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // when
        InProcessCli.Run run = cli.run("approvals", "request", "2026-Q4");
        // then in the company's language, Danish
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("fejl: godkendelse er ikke slået til: sæt approval: {required: true} i " + cli.config().resolve("settings.yaml") + "\n", run.err());
    }

    @Test
    void close_is_refused_naming_the_managers_missing_until_every_manager_has_approved() {
        // GIVEN approval required and Q3 2026 ended
        InProcessCli cli = company();

        // WHEN sales ops closes before any approval, then after two of three managers, then after the third
        InProcessCli.Run beforeAny = cli.run("close", "2026-Q3");
        cli.run("approve", "2026-Q3", "--manager", "jonas.weber");
        cli.run("approve", "2026-Q3", "--manager", "mette.lund");
        InProcessCli.Run oneMissing = cli.run("close", "2026-Q3");
        cli.run("approve", "2026-Q3", "--manager", "sofie.berg");
        InProcessCli.Run closed = cli.run("close", "2026-Q3");

        // THEN the first two are refused with nothing frozen, naming who is missing, and the last one closes
        assertEquals(ExitCodes.FAILURE, beforeAny.exitCode(), beforeAny.toString());
        assertTrue(beforeAny.err().contains("3 managers have not approved"), beforeAny.err());
        assertEquals(ExitCodes.FAILURE, oneMissing.exitCode(), oneMissing.toString());
        assertTrue(oneMissing.err().contains("1 manager has not approved their team's statements: Sofie Berg (sofie.berg)"), oneMissing.err());
        assertEquals(ExitCodes.OK, closed.exitCode(), closed.toString());
        assertTrue(closed.out().startsWith("Closed Q3 2026"), closed.out());
    }
}
