package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.store.SurveyKeySource;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bonusbot survey open|close|results} on a copy of the demo config: a round opened by hand on 20 November
 * 2026, answered through the chat commands, closed early on the 27th.
 */
class SurveyCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli.Run at(InProcessCli cli, String day, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", cli.config().toString(), "--db", cli.db().toString(), "--today", day));
        return InProcessCli.runExactly(all.toArray(String[]::new));
    }

    /** Each person answers through the chat command layer, on 25 November 2026 at noon. */
    private static void answer(InProcessCli cli, Map<String, List<String>> commandsByPerson) {
        LocalDate day = LocalDate.of(2026, 11, 25);
        try (Application app = Application.open(cli.config(), cli.db(), zone -> Clock.fixed(day.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone))) {
            commandsByPerson.forEach((person, commands) -> commands.forEach(c -> app.commands().handle(person, c)));
        }
    }

    /** Six of the eight sellers answer: clarity 5,4,4,3,2,2 (20 / 6 = 3.33), motivation 8,7,7,6,9,5 (42 / 6 = 7.00). */
    private InProcessCli aClosedRoundWithSixAnswers() {
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        InProcessCli.Run opened = at(cli, "2026-11-20", "survey", "open", "--survey", "bonus-plan");
        assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
        String[][] given = {{"anna.holm", "5", "8"}, {"mikkel.larsen", "4", "7"}, {"emma.poulsen", "4", "7"}, {"lukas.schmidt", "3", "6"},
            {"hanna.vogel", "2", "9"}, {"ida.mortensen", "2", "5"}};
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        for (String[] g : given) {
            commands.put(g[0], List.of("/bonus feedback clarity " + g[1], "/bonus feedback motivation " + g[2]));
        }
        commands.put("anna.holm", List.of("/bonus feedback clarity 1", "/bonus feedback clarity 5", "/bonus feedback motivation 8",
                "/bonus feedback comments Fewer bands, please", "/bonus feedback first-change 2"));
        commands.put("felix.braun", List.of());
        answer(cli, commands);
        answer(cli, Map.of("mikkel.larsen", List.of("/bonus feedback comments A dashboard of my pace"), "lukas.schmidt",
                List.of("/bonus feedback comments Targets are too high"), "hanna.vogel", List.of("/bonus feedback comments Clearer rules"),
                "ida.mortensen", List.of("/bonus feedback comments all good")));
        InProcessCli.Run closed = at(cli, "2026-11-27", "survey", "close", "--survey", "bonus-plan");
        assertEquals(ExitCodes.OK, closed.exitCode(), closed.toString());
        return cli;
    }

    @Test
    void open_prints_the_round_in_the_company_language_and_a_second_open_is_refused_while_it_runs() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // when
        InProcessCli.Run first = at(cli, "2026-11-20", "survey", "open", "--survey", "bonus-plan");
        InProcessCli.Run second = at(cli, "2026-11-21", "survey", "open", "--survey", "bonus-plan");
        // then
        assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
        // the company's language is Danish, so the whole run is: no English sentence around a Danish date
        assertEquals("Runde 1 af 'bonus-plan' er åbnet for 8 personer; den lukker 4. dec. 2026 kl. 12:00.\n"
                + "Den kørende bot sender den ud inden for et minut; alle kan svare nu med /bonus feedback.\n", first.out());
        assertEquals(ExitCodes.FAILURE, second.exitCode(), second.toString());
        assertEquals("fejl: undersøgelsen 'bonus-plan' har runde 1 åben indtil 4. dec. 2026 kl. 12:00; luk den først med: bonusbot survey close --survey"
                + " bonus-plan\n", second.err());
    }

    @Test
    void close_without_an_open_round_and_an_unknown_survey_are_clear_errors() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // when
        InProcessCli.Run close = cli.run("survey", "close", "--survey", "bonus-plan");
        InProcessCli.Run unknown = cli.run("survey", "results", "--survey", "pulse");
        // then
        assertEquals("fejl: undersøgelsen 'bonus-plan' har ingen åben runde\n", close.err());
        assertEquals(ExitCodes.FAILURE, unknown.exitCode());
        assertEquals("fejl: --survey: ingen undersøgelse 'pulse' i surveys.yaml (undersøgelser: bonus-plan)\n", unknown.err());
    }

    @Test
    void results_in_text_show_the_response_rate_means_distribution_and_comments_of_everyone() {
        // given
        InProcessCli cli = aClosedRoundWithSixAnswers();
        // when
        InProcessCli.Run run = cli.run("survey", "results", "--language", "en");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("Survey results · Your view of the bonus plan\n"), out);
        assertTrue(out.contains("\nEveryone\n  Response rate: 6 of 8 (75 %)\n1. I understand exactly how my bonus is calculated.\n"
                + "  · Clarity and transparency\n  Mean:                     3.33 on 1–5\n  Since the previous round: no earlier round to compare with\n"
                + "  Answers:                  1: 0 · 2: 2 · 3: 1 · 4: 2 · 5: 1\n"), out);
        assertTrue(out.contains("\n7. How much does the bonus plan motivate you to do your best? (0 = not at all, 10 = completely)\n"
                + "  · Motivation and fairness\n  Mean:                     7.00 on 0–10\n"), out);
        assertTrue(out.contains("\n8. If we change one thing first, what should it be?\n  · Not enough answers to show results anonymously (1 answered;"
                + " at least 5 are needed).\n"), out);
        assertTrue(out.contains("  · Comments, without names, in alphabetical order\n• A dashboard of my pace\n• all good\n• Clearer rules\n"
                + "• Fewer bands, please\n• Targets are too high\n"), out);
        assertTrue(out.contains("\nTeam Nordics new business\n  Response rate: 3 of 3 (100 %)\n  · Not enough answers to show results anonymously (3"
                + " answered; at least 5 are needed).\n"), out);
        for (String name : List.of("Anna", "Mikkel", "Emma", "Lukas", "Hanna", "Ida", "anna.holm")) {
            assertTrue(!out.contains(name), name + " appears in " + out);
        }
    }

    @Test
    void results_in_json_are_the_documented_form_with_exact_decimals() {
        // given
        InProcessCli cli = aClosedRoundWithSixAnswers();
        // when
        InProcessCli.Run run = cli.run("survey", "results", "--survey", "bonus-plan", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        JsonNode json = run.json();
        assertEquals("bonus-plan", json.at("/survey/id").asText());
        assertEquals(5, json.at("/survey/min_group_size").asInt());
        assertTrue(json.get("open_round").isNull());
        assertEquals(1, json.at("/round/id").asInt());
        assertEquals("2026-11-20T11:00:00Z", json.at("/round/opens_at").asText());
        assertEquals("2026-11-27T11:00:00Z", json.at("/round/closed_at").asText());
        assertEquals(8, json.at("/round/audience").asInt());
        assertTrue(json.get("previous_round").isNull());
        JsonNode everyone = json.at("/groups/0");
        assertTrue(everyone.get("team").isNull());
        assertEquals(6, everyone.get("respondents").asInt());
        assertEquals("0.750000", everyone.get("response_rate").asText());
        JsonNode clarity = everyone.at("/questions/0");
        assertEquals("clarity", clarity.get("id").asText());
        assertEquals("likert_5", clarity.get("type").asText());
        assertEquals("clarity", clarity.get("prerequisite").asText());
        assertEquals("3.33", clarity.get("mean").asText());
        assertTrue(clarity.get("change").isNull());
        assertEquals("{\"1\":0,\"2\":2,\"3\":1,\"4\":2,\"5\":1}", clarity.get("distribution").toString());
        JsonNode transparency = everyone.at("/questions/1");
        assertEquals(false, transparency.get("shown").asBoolean());
        assertEquals(0, transparency.get("answers").asInt());
        assertTrue(transparency.get("mean") == null);
        JsonNode comments = everyone.at("/questions/8");
        assertEquals("free_text", comments.get("type").asText());
        assertEquals(5, comments.get("comments").size());
        JsonNode dach = json.at("/groups/1");
        assertEquals("dach", dach.get("team").asText());
        assertEquals(false, dach.get("shown").asBoolean());
        assertEquals(0, dach.get("questions").size());
    }

    @Test
    void results_for_one_team_show_only_that_team() {
        // given
        InProcessCli cli = aClosedRoundWithSixAnswers();
        // when
        InProcessCli.Run run = cli.run("survey", "results", "--team", "nordics", "--json");
        InProcessCli.Run unknown = cli.run("survey", "results", "--team", "sales");
        // then
        JsonNode groups = run.json().get("groups");
        assertEquals(1, groups.size());
        assertEquals("nordics", groups.get(0).get("team").asText());
        assertEquals(3, groups.get(0).get("audience").asInt());
        assertEquals("fejl: --team: intet team 'sales' i people.yaml\n", unknown.err());
    }

    @Test
    void the_chart_is_written_as_a_png_when_asked_for() throws IOException {
        // given
        InProcessCli cli = aClosedRoundWithSixAnswers();
        Path chart = tempDir.resolve("charts").resolve("bonus-plan.png");
        // when
        InProcessCli.Run run = cli.run("survey", "results", "--chart", chart.toString());
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Diagrammet er skrevet til " + chart), run.err());
        byte[] png = Files.readAllBytes(chart);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void before_any_round_has_finished_results_say_so_and_show_how_far_an_open_round_has_come() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        at(cli, "2026-11-20", "survey", "open", "--survey", "bonus-plan");
        answer(cli, Map.of("anna.holm", List.of("/bonus feedback clarity 4")));
        // when
        InProcessCli.Run text = cli.run("survey", "results", "--language", "en");
        InProcessCli.Run json = cli.run("survey", "results", "--json");
        // then
        assertTrue(text.out().contains("A round is open until 4 Dec 2026 at 12:00: 1 of 8 have answered so far (12.5 %)."), text.out());
        assertTrue(text.out().contains("No round of this survey has finished yet, so there are no results.\n"), text.out());
        assertEquals(1, json.json().at("/open_round/respondents").asInt());
        assertEquals("0.125000", json.json().at("/open_round/response_rate").asText());
        assertTrue(json.json().get("round").isNull());
    }

    @Test
    void the_key_file_is_made_next_to_the_database_when_the_first_answer_comes() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        at(cli, "2026-11-20", "survey", "open", "--survey", "bonus-plan");
        // when
        boolean before = Files.exists(SurveyKeySource.keyFile(cli.db()));
        answer(cli, Map.of("anna.holm", List.of("/bonus feedback clarity 4")));
        // then
        assertEquals(false, before);
        assertTrue(Files.exists(SurveyKeySource.keyFile(cli.db())));
    }
}
