package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.store.AuditEntry;
import app.bonusbot.store.AuditLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot disputes} and {@code disputes resolve} on the demo company, with cases Anna opened in chat. */
class DisputesCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void anna_and_mikkel_have_opened_cases_in_chat() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir);
        try (Application app = Application.open(cli.config(), cli.db(),
                zone -> Clock.fixed(LocalDate.of(2026, 11, 27).atTime(LocalTime.NOON).atZone(zone).toInstant(), zone))) {
            app.commands().answer("anna.holm", "dispute The Acme deal is missing deal:D-123");
            app.commands().answer("mikkel.larsen", "dispute Min sats er forkert plan:quarterly-bonus");
        }
    }

    private Dispute stored(long number) {
        try (Application app = Application.open(cli.config(), cli.db(), Clock::system)) {
            return app.disputes().book().byNumber(number).orElseThrow();
        }
    }

    @Test
    void lists_every_case_newest_first_and_as_json() throws IOException {
        // WHEN
        InProcessCli.Run text = cli.run("disputes");
        InProcessCli.Run json = cli.run("disputes", "--person", "anna.holm", "--json");
        // THEN the text lists both cases in the company's language (Danish), the JSON Anna's only
        assertEquals(ExitCodes.OK, text.exitCode(), text.toString());
        assertTrue(text.out().startsWith("#2  åben  2026-11-27  mikkel.larsen (Mikkel Larsen)  2026-Q4 · Ordning quarterly-bonus\n    Min sats er forkert\n"),
                text.out());
        assertTrue(text.out().contains("#1  åben  2026-11-27  anna.holm (Anna Holm)  2026-Q4 · Aftale D-123\n    The Acme deal is missing\n"), text.out());
        JsonNode cases = new ObjectMapper().readTree(json.out());
        assertEquals(1, cases.size());
        assertEquals(List.of("1", "anna.holm", "open", "D-123", "null", "2026-Q4", "null"),
                List.of(cases.get(0).get("number").asText(), cases.get(0).get("person").asText(), cases.get(0).get("state").asText(),
                        cases.get(0).get("deal").asText(), cases.get(0).get("plan").toString(), cases.get(0).get("period").asText(),
                        cases.get(0).get("adjustment").toString()));
    }

    @Test
    void resolves_a_case_as_the_admin_named_by_by_with_an_amount() throws IOException {
        // WHEN
        InProcessCli.Run run = cli.run("disputes", "resolve", "1", "--answer", "Added the Acme deal", "--accept", "--amount", "1,250.50", "--by", "karin.dahl");
        // THEN the case is accepted with the amount, by Karin, and the bot will tell Anna
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Sag 1 fra anna.holm er afgjort: godkendt, 1250.50 DKK.\n"), run.out());
        Dispute resolved = stored(1);
        assertEquals(List.of("accepted", "1250.50", "karin.dahl"),
                List.of(resolved.state().word(), resolved.adjustment().orElseThrow().toPlainString(), resolved.resolvedBy().orElseThrow()));
        InProcessCli.Run open = cli.run("disputes", "--open");
        assertTrue(open.out().startsWith("#2 "), open.out());
        assertTrue(!open.out().contains("#1 "), open.out());
    }

    @Test
    void without_by_the_cli_is_the_actor_and_the_case_is_rejected() {
        // WHEN
        InProcessCli.Run run = cli.run("disputes", "resolve", "2", "--answer", "Satsen følger ordningen for 4. kvartal");
        // THEN
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        try (Application app = Application.open(cli.config(), cli.db(), Clock::system)) {
            AuditEntry entry = new AuditLog(app.database()).read("mikkel.larsen", null).get(1);
            assertEquals(List.of("cli", "dispute_resolved", "open", "rejected"), List.of(entry.actor(), entry.action(), entry.before(), entry.after()));
        }
    }

    @Test
    void by_someone_who_is_not_an_admin_is_refused_and_nothing_changes() {
        // WHEN
        InProcessCli.Run run = cli.run("disputes", "resolve", "1", "--answer", "Fine by me", "--accept", "--by", "anna.holm");
        // THEN
        assertEquals(ExitCodes.NOT_ALLOWED, run.exitCode(), run.toString());
        assertEquals("fejl: --by: anna.holm er ikke administrator (settings.yaml, admins); kun administratorer må afgøre en indsigelse\n", run.err());
        assertTrue(stored(1).isOpen());
    }

    @Test
    void an_unknown_case_a_second_resolve_and_an_amount_without_accept_are_refused() {
        // GIVEN case 1 rejected
        cli.run("disputes", "resolve", "1", "--answer", "No");
        // WHEN
        InProcessCli.Run again = cli.run("disputes", "resolve", "1", "--answer", "Yes after all", "--accept");
        InProcessCli.Run unknown = cli.run("disputes", "resolve", "9", "--answer", "No");
        InProcessCli.Run amount = cli.run("disputes", "resolve", "2", "--answer", "Here", "--amount", "500");
        // THEN
        assertEquals(List.of(ExitCodes.FAILURE, ExitCodes.FAILURE, ExitCodes.USAGE), List.of(again.exitCode(), unknown.exitCode(), amount.exitCode()));
        assertTrue(again.err().contains("Sag 1 er allerede afgjort (afvist, af cli den 2026-11-27)"), again.err());
        assertTrue(unknown.err().contains("Der er ingen sag 9."), unknown.err());
        assertTrue(amount.err().contains("--amount 500 hører kun til --accept"), amount.err());
        assertTrue(stored(2).isOpen());
    }

    @Test
    void config_check_names_a_disputes_channel_that_is_no_channel_id_with_file_and_line() throws IOException {
        // GIVEN settings.yaml with a Slack channel given by name
        cli.editing("settings.yaml", "# disputes:\n#   slack_channel: G0SALESOPS1\n", "disputes:\n  slack_channel: '#sales-ops'\n");
        List<String> lines = Files.readAllLines(cli.config().resolve("settings.yaml"));
        int line = lines.indexOf("  slack_channel: '#sales-ops'") + 1;
        // WHEN
        InProcessCli.Run run = cli.run("config", "check");
        // THEN
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("settings.yaml:" + line + " disputes.slack_channel: must be the id of a private Slack channel"), run.err());
    }
}
