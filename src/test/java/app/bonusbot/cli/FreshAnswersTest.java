package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.store.ImportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that answers for long (the bot) holds the company in memory and reads sums kept beside the deals; it must
 * still answer as of the last write, whoever wrote: itself, another application on the same file, another process,
 * or another process's start with a changed configuration. Each test compares the long-lived application's very next
 * answer with the answer of an application opened after the write, which read everything from the file.
 */
@Timeout(120)
class FreshAnswersTest {

    private static final String STATUS = "/bonus status";
    private static final String TEAM = "/bonus team";
    /** A deal Anna Holm won after the export's last one: her Q4 new business goes from 412,500 to 490,277. */
    private static final String NEW_DEAL = """
            "Deal ID","Deal Name","Pipeline","Deal Stage","Close Date","Deal owner","Amount","Deal Type","Product","Create Date","Associated Company"
            "18003499001","Skov Logistik – Platform","default","Closed won","2026-11-25 10:00","Anna Holm","77777","New Business","Platform","2026-10-01 09:00","Skov Logistik"
            """;

    @TempDir
    Path dir;

    private InProcessCli bonusbot;
    private Application bot;

    @BeforeEach
    void openTheBot() {
        // given the demo company with the HubSpot export imported, and a long-lived application that has answered once
        bonusbot = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals().withHubSpotExportImported();
        bot = open();
        assertTrue(text(bot.commands().handle("anna.holm", STATUS)).contains("DKK 412,500.00 of DKK 750,000.00"), text(bot.commands().handle("anna.holm", STATUS)));
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private Application open() {
        LocalDate today = LocalDate.parse(InProcessCli.TODAY);
        return Application.open(bonusbot.config(), bonusbot.db(), zone -> Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
    }

    private Path newDealFile() throws IOException {
        Path file = dir.resolve("new-deal.csv");
        Files.writeString(file, NEW_DEAL, StandardCharsets.UTF_8);
        return file;
    }

    /** What the person reads, block by block. */
    private static String text(Reply reply) {
        return reply.blocks().toString();
    }

    /** The answer of an application opened now, which loads the company from the file. */
    private Reply freshAnswer(String personId, String command) {
        try (Application fresh = open()) {
            return fresh.commands().handle(personId, command);
        }
    }

    @Test
    void a_deal_imported_by_the_application_itself_shows_in_its_very_next_status() throws IOException {
        Reply before = bot.commands().handle("anna.holm", STATUS);

        // when
        assertTrue(bot.importer(ImportKind.DEALS).importFile(newDealFile(), ImportProgress.NONE).succeeded());
        Reply after = bot.commands().handle("anna.holm", STATUS);

        // then
        assertTrue(text(after).contains("DKK 490,277.00 of DKK 750,000.00"), text(after));
        assertNotEquals(before, after);
        assertEquals(freshAnswer("anna.holm", STATUS), after);
    }

    @Test
    void a_deal_imported_by_another_application_on_the_same_file_shows_in_the_very_next_status() throws IOException {
        // when
        InProcessCli.Run imported = bonusbot.run("import", "deals", newDealFile().toString());
        Reply after = bot.commands().handle("anna.holm", STATUS);

        // then
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        assertTrue(text(after).contains("DKK 490,277.00 of DKK 750,000.00"), text(after));
        assertEquals(freshAnswer("anna.holm", STATUS), after);
    }

    @Test
    void a_deal_imported_by_another_process_shows_in_the_very_next_status() throws Exception {
        // when a real second process imports the deal
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "app.bonusbot.Main", "import", "deals",
                newDealFile().toString(), "--config", bonusbot.config().toString(), "--db", bonusbot.db().toString(), "--today", InProcessCli.TODAY)
                .redirectOutput(dir.resolve("import.out").toFile())
                .redirectError(dir.resolve("import.err").toFile())
                .start();
        assertTrue(other.waitFor(90, TimeUnit.SECONDS), "the import process ended");
        Reply after = bot.commands().handle("anna.holm", STATUS);

        // then
        assertEquals(0, other.exitValue(), Files.readString(dir.resolve("import.err")));
        assertTrue(text(after).contains("DKK 490,277.00 of DKK 750,000.00"), text(after));
        assertEquals(freshAnswer("anna.holm", STATUS), after);
    }

    @Test
    void a_target_changed_in_the_configuration_by_another_process_shows_in_the_very_next_status() {
        // given Anna's Q4 target lowered in targets.yaml, which the next command of any process writes to the store
        Reply before = bot.commands().handle("anna.holm", STATUS);
        bonusbot.editing("targets.yaml", "period: 2026-Q4, target: 750_000,", "period: 2026-Q4, target: 500_000,");

        // when
        InProcessCli.Run other = bonusbot.run("status", "--person", "anna.holm");
        Reply after = bot.commands().handle("anna.holm", STATUS);

        // then 412,500 of 500,000 is 82 %
        assertEquals(ExitCodes.OK, other.exitCode(), other.toString());
        assertNotEquals(before, after);
        assertTrue(text(after).contains("DKK 412,500.00 of DKK 500,000.00"), text(after));
        assertEquals(freshAnswer("anna.holm", STATUS), after);
    }

    @Test
    void without_a_write_every_answer_uses_the_same_company_in_memory() {
        // when
        Company first = bot.company();
        bot.commands().handle("anna.holm", STATUS);
        Company second = bot.company();

        // then
        assertSame(first, second);
    }

    @Test
    void a_person_imported_by_another_application_is_in_the_very_next_company() throws IOException {
        // given
        Company before = bot.company();
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "id,name,email,team,hire_date\nnina.dahl,Nina Dahl,nina.dahl@nordlys.example,nordics,2026-11-01\n",
                StandardCharsets.UTF_8);

        // when
        InProcessCli.Run imported = bonusbot.run("import", "people", people.toString());
        Company after = bot.company();

        // then
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        assertTrue(before.directory().person("nina.dahl").isEmpty());
        assertEquals("Nina Dahl", after.directory().person("nina.dahl").orElseThrow().name());
        assertTrue(after.directory().members("nordics").stream().anyMatch(p -> p.id().equals("nina.dahl")));
    }

    @Test
    void a_deal_imported_by_another_application_shows_in_the_managers_very_next_team_view() throws IOException {
        // given Anna's manager has looked at the team once, so the view is held in memory
        Reply before = bot.commands().handle("mette.lund", TEAM);

        // when
        InProcessCli.Run imported = bonusbot.run("import", "deals", newDealFile().toString());
        Reply after = bot.commands().handle("mette.lund", TEAM);

        // then
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        assertNotEquals(before, after);
        assertEquals(freshAnswer("mette.lund", TEAM), after);
    }

    @Test
    void a_deal_imported_by_another_application_shows_in_a_team_mates_very_next_team_pool() throws IOException {
        // given a team mate of Anna's has asked once, so the Nordics team's sum is held in memory
        Reply before = bot.commands().handle("mikkel.larsen", STATUS);

        // when Anna's new deal is imported
        InProcessCli.Run imported = bonusbot.run("import", "deals", newDealFile().toString());
        Reply after = bot.commands().handle("mikkel.larsen", STATUS);

        // then the team mate's team pool counts it: the Nordics go from 1,065,500 to 1,143,277 (Mikkel reads Danish)
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        assertNotEquals(before, after);
        assertTrue(text(before).contains("1.065.500,00 kr. af 3.800.000,00 kr."), text(before));
        assertTrue(text(after).contains("1.143.277,00 kr. af 3.800.000,00 kr."), text(after));
        assertEquals(freshAnswer("mikkel.larsen", STATUS), after);
    }
}
