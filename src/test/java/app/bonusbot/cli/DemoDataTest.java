package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.people.Person;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path tempDir;

    @Test
    void a_new_database_of_the_demo_company_is_seeded_with_demo_deals() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(deals(cli) > 100, "demo deals for every seller over two quarters: " + deals(cli));
        assertTrue(StatusCommandTest.plan(run.json(), "quarterly-bonus").path("attainment").asText().compareTo("0.000000") > 0, run.out());
    }

    @Test
    void the_demo_deals_are_seeded_on_the_first_open_only() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        String first = cli.run("status", "--person", "anna.holm", "--json").out();
        long seeded = deals(cli);
        // when opened again, also on another day (demo deals are laid out around the day of seeding)
        String second = cli.run("status", "--person", "anna.holm", "--json").out();
        InProcessCli.Run nextWeek = InProcessCli.runExactly("status", "--person", "anna.holm", "--config", cli.config().toString(), "--db",
                cli.db().toString(), "--today", "2026-12-04");
        // then
        assertEquals(first, second);
        assertEquals(ExitCodes.OK, nextWeek.exitCode(), nextWeek.toString());
        assertEquals(seeded, deals(cli));
    }

    @Test
    void an_import_into_a_seeded_database_adds_to_the_demo_deals_without_reseeding() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        cli.run("status", "--person", "anna.holm");
        long seeded = deals(cli);
        // when
        InProcessCli.Run run = cli.run("import", "deals", InProcessCli.HUBSPOT_EXPORT.toString());
        // then
        assertTrue(run.out().startsWith("hubspot-deals.csv: 32 inserted,"), run.out());
        assertEquals(seeded + 32, deals(cli));
    }

    @Test
    void a_config_with_demo_data_false_gets_no_demo_deals() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(0, deals(cli));
        assertEquals("0.00", StatusCommandTest.plan(run.json(), "quarterly-bonus").path("metric").path("value").asText());
    }

    @Test
    void a_new_database_of_the_demo_company_has_three_survey_rounds_answered_anonymously_with_company_wide_results() throws Exception {
        // GIVEN the demo company's first open, on 27 November 2026
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // WHEN sales ops asks for the survey results
        InProcessCli.Run run = cli.run("survey", "results", "--json");
        // THEN the latest finished round (1 October, the third) was answered by 6 of the 8 sellers asked, July's by 7
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        JsonNode json = run.json();
        assertEquals(3, json.at("/round/id").asInt());
        assertEquals("2026-10-01T08:00:00Z", json.at("/round/opens_at").asText());
        assertEquals(8, json.at("/round/audience").asInt());
        assertEquals(6, json.at("/groups/0/respondents").asInt());
        assertEquals(2, json.at("/previous_round/id").asInt());
        // AND everyone's answers are shown, with clarity down from 4.00 to 3.17; no team reaches k = 5
        assertTrue(json.at("/groups/0/shown").asBoolean());
        JsonNode clarity = json.at("/groups/0/questions/0");
        assertEquals("clarity", clarity.get("id").asText());
        assertEquals("3.17", clarity.get("mean").asText());
        assertEquals("4.00", clarity.get("previous_mean").asText());
        for (int team = 1; team < json.get("groups").size(); team++) {
            assertFalse(json.at("/groups/" + team + "/shown").asBoolean(), json.at("/groups/" + team).toString());
        }
        // AND the answers are stored under respondent codes only: no person's id or name is in the survey tables
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement query = db.createStatement();
                ResultSet answers = query.executeQuery("SELECT run_id, respondent, group_key, question_id, answer FROM survey_answers")) {
            List<Person> people = ConfigLoader.load(cli.config()).directory().people();
            int rows = 0;
            while (answers.next()) {
                rows++;
                for (int column = 1; column <= 5; column++) {
                    String value = answers.getString(column);
                    assertTrue(people.stream().noneMatch(p -> value.contains(p.id()) || value.contains(p.name())), "a person in survey_answers: " + value);
                }
                assertTrue(answers.getString("respondent").matches("[0-9a-f]{64}"), answers.getString("respondent"));
            }
            assertEquals((6 + 7 + 6) * 8, rows, "six, seven and six respondents, each answering the eight questions that are not free text");
        }
    }

    @Test
    void the_demo_survey_rounds_are_seeded_on_the_first_open_only() {
        // GIVEN the demo company opened once
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        String first = cli.run("survey", "results", "--json").out();
        // WHEN it is opened again, a week later
        InProcessCli.Run nextWeek = InProcessCli.runExactly("survey", "results", "--json", "--config", cli.config().toString(), "--db",
                cli.db().toString(), "--today", "2026-12-04");
        // THEN the same rounds and answers are there, and no more
        assertEquals(ExitCodes.OK, nextWeek.exitCode(), nextWeek.toString());
        assertEquals(first, nextWeek.out());
    }

    @Test
    void a_config_with_demo_data_false_gets_no_survey_answers() {
        // GIVEN the demo configuration without demo data
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // WHEN sales ops asks for the survey results
        InProcessCli.Run run = cli.run("survey", "results", "--json");
        // THEN no round has finished
        assertTrue(run.json().get("round").isNull(), run.out());
    }

    private static long deals(InProcessCli cli) {
        return new DealLedger(Database.open(cli.db())).count();
    }
}
