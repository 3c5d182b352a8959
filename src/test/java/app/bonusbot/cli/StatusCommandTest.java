package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.people.Person;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

    @TempDir
    Path tempDir;

    @Test
    void status_shows_each_plan_with_progress_payout_pace_and_the_total_cash_payout() {
        // given only the HubSpot export's deals
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm");
        // then Anna (English) has 412,500 of 750,000: 0.55 x 45,000 = 24,750
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("Bonus status · Anna Holm\n"), out);
        assertTrue(out.contains("Quarterly new business bonus · Q4 2026"), out);
        assertTrue(out.contains("▰▰▰▰▰▱▱▱▱▱  55 % of target · DKK 412,500.00 of DKK 750,000.00"), out);
        assertTrue(out.contains("Payout so far: DKK 24,750.00"), out);
        assertTrue(out.contains("Pace:          On pace for 87.2 % → DKK 39,258.62 by 31 Dec 2026"), out);
        assertTrue(out.contains("Next tier:     DKK 337,500.00 more reaches the next tier at 100 % (×1.5)"), out);
        assertTrue(out.contains("Team at 28 % · DKK 1,065,500.00 of DKK 3,800,000.00"), out);
        // 24,750 + win-rate kicker 12,666.67 + milestones 2,500 + retention 15,000; stock is not cash
        assertTrue(out.contains("Total cash payout: DKK 54,916.67"), out);
        assertTrue(out.contains("Figures as of 27 Nov 2026"), out);
        assertEquals("", run.err());
    }

    @Test
    void status_json_gives_the_person_and_each_plan_with_kind_metric_target_attainment_lines_and_total() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        JsonNode json = run.json();
        assertEquals("anna.holm", json.path("person").path("id").asText());
        assertEquals("Anna Holm", json.path("person").path("name").asText());
        assertEquals("2026-11-27", json.path("today").asText());
        assertEquals("DKK", json.path("currency").asText());
        List<String> plans = new ArrayList<>();
        json.path("plans").forEach(p -> plans.add(p.path("id").asText() + ":" + p.path("kind").asText()));
        assertEquals(List.of("quarterly-bonus:performance", "win-rate-kicker:performance", "new-business-team:team", "milestones:milestone",
                "retention:retention", "equity:stock"), plans);

        JsonNode bonus = plan(json, "quarterly-bonus");
        assertEquals("2026-Q4", bonus.path("period").asText());
        assertEquals("sum", bonus.path("metric").path("type").asText());
        assertEquals(0, new BigDecimal("412500").compareTo(new BigDecimal(bonus.path("metric").path("value").asText())));
        assertEquals("750000.00", bonus.path("target").asText());
        assertEquals("45000.00", bonus.path("target_bonus").asText());
        assertEquals("0.550000", bonus.path("attainment").asText());
        assertEquals(1, bonus.path("lines").size(), bonus.toString());
        assertEquals("band", bonus.path("lines").get(0).path("kind").asText());
        assertEquals("24750.00", bonus.path("lines").get(0).path("amount").asText());
        assertEquals("24750.00", bonus.path("total").asText());

        JsonNode kicker = plan(json, "win-rate-kicker");
        assertEquals("win_rate", kicker.path("metric").path("type").asText());
        assertEquals(0, new BigDecimal("0.8").compareTo(new BigDecimal(kicker.path("metric").path("value").asText())));
        assertEquals("1.333333", kicker.path("attainment").asText());
        // 1.2 x 10,000 x 1 + (1.3333 - 1.2) x 10,000 x 0.5 = 12,000 + 666.67
        assertEquals(List.of("12000.00", "666.67"), amounts(kicker.path("lines")));
        assertEquals("12666.67", kicker.path("total").asText());

        JsonNode team = plan(json, "new-business-team");
        assertEquals("0.280395", team.path("attainment").asText());
        assertEquals("nordics", team.path("team").path("id").asText());
        assertEquals("0.00", team.path("total").asText());

        assertEquals(List.of("1500.00", "1000.00"), amounts(plan(json, "milestones").path("lines")));
        assertEquals("2026-11-10", plan(json, "retention").path("lines").get(0).path("due").asText());
        assertEquals(300, plan(json, "equity").path("stock").path("vested_shares").asInt());
        assertEquals("0.00", plan(json, "equity").path("total").asText());
        assertEquals("54916.67", json.path("total").asText());
    }

    @Test
    void every_json_total_is_the_sum_of_its_plan_totals_and_every_plan_total_the_sum_of_its_lines() {
        // given the demo company with its demo deals
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        List<Person> people = ConfigLoader.load(InProcessCli.DEMO_CONFIG).directory().people();
        int plansChecked = 0;
        for (Person person : people) {
            for (String period : List.of("current", "previous", "2026-10", "2026")) {
                // when
                InProcessCli.Run run = cli.run("status", "--person", person.id(), "--period", period, "--json");
                // then
                assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
                JsonNode json = run.json();
                BigDecimal sumOfPlans = BigDecimal.ZERO;
                for (JsonNode plan : json.path("plans")) {
                    BigDecimal sumOfLines = BigDecimal.ZERO;
                    for (JsonNode line : plan.path("lines")) {
                        sumOfLines = sumOfLines.add(money(line.path("amount")));
                    }
                    BigDecimal total = money(plan.path("total"));
                    assertEquals(0, sumOfLines.compareTo(total), person.id() + " " + period + " " + plan.path("id").asText() + ": " + plan);
                    sumOfPlans = sumOfPlans.add(total);
                    plansChecked++;
                }
                assertEquals(0, sumOfPlans.compareTo(money(json.path("total"))), person.id() + " " + period + ": " + json);
            }
        }
        assertTrue(plansChecked > 100, "checked " + plansChecked + " plan results");
    }

    @Test
    void json_amounts_are_strings_with_two_decimals_so_no_reader_turns_them_into_floating_point() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        JsonNode json = cli.run("status", "--person", "hanna.vogel", "--json").json();
        // then
        assertTrue(json.path("total").isTextual(), json.toString());
        assertTrue(json.path("total").asText().matches("\\d+\\.\\d{2}"), json.toString());
        for (JsonNode plan : json.path("plans")) {
            for (JsonNode line : plan.path("lines")) {
                assertTrue(line.path("amount").isTextual() && line.path("amount").asText().matches("-?\\d+\\.\\d{2}"), line.toString());
            }
        }
    }

    @Test
    void a_win_rate_target_keeps_its_precision_in_json() {
        // given Anna's Q1 2027 win-rate target is 62.5 % instead of 65 %
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir)
                .editing("targets.yaml", "plan: win-rate-kicker, period: 2027-Q1, target: 65%", "plan: win-rate-kicker, period: 2027-Q1, target: 62.5%");
        // when
        JsonNode json = cli.run("status", "--person", "anna.holm", "--period", "2027-Q1", "--json").json();
        // then
        JsonNode kicker = plan(json, "win-rate-kicker");
        assertEquals(0, new BigDecimal("0.625").compareTo(new BigDecimal(kicker.path("target").asText())), kicker.toString());
    }

    @Test
    void an_earlier_period_is_evaluated_on_its_own_deals() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--period", "previous");
        // then Q3: 185,000 + 42,000 of 900,000 is 25.2 %, below the 50 % threshold
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Quarterly new business bonus · Q3 2026"), run.out());
        assertTrue(run.out().contains("25.2 % of target · DKK 227,000.00 of DKK 900,000.00"), run.out());
        assertFalse(run.out().contains("Q4 2026"), run.out());
    }

    @Test
    void an_unknown_person_gets_a_clear_error_and_a_non_zero_exit_without_a_stack_trace() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.hollm");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("", run.out());
        // nobody is known yet, so the company's language (Danish) tells it
        assertTrue(run.err().startsWith("fejl: --person: ingen person med id'et 'anna.hollm'"), run.err());
        assertTrue(run.err().contains("people.yaml"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void a_period_that_is_not_a_period_is_a_usage_error() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--period", "2026-Q5");
        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertEquals("", run.out());
        // Anna's language is English: the error is hers, known once she is
        assertEquals("error: --period: '2026-Q5' is not a period (current, previous, 2026-11, 2026-Q4, 2026)\n", run.err());
        assertNoStackTrace(run);
    }

    @Test
    void status_without_a_person_is_a_usage_error() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status");
        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Missing required option: '--person=ID'"), run.err());
    }

    static JsonNode plan(JsonNode statement, String id) {
        for (JsonNode plan : statement.path("plans")) {
            if (plan.path("id").asText().equals(id)) {
                return plan;
            }
        }
        throw new AssertionError("no plan " + id + " in " + statement);
    }

    private static List<String> amounts(JsonNode lines) {
        List<String> amounts = new ArrayList<>();
        lines.forEach(l -> amounts.add(l.path("amount").asText()));
        return amounts;
    }

    private static BigDecimal money(JsonNode node) {
        assertTrue(node.isTextual(), "an amount is a string: " + node);
        return new BigDecimal(node.asText());
    }

    static void assertNoStackTrace(InProcessCli.Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void config_db_and_today_given_before_the_verb_are_the_ones_used() {
        // given a copied configuration in which Anna is called Anna Holm-Berg, and a database file not made yet
        InProcessCli copy = InProcessCli.onCopyOfDemoConfig(tempDir).editing("people.yaml", "name: Anna Holm", "name: Anna Holm-Berg");
        Path db = tempDir.resolve("x.db");
        // when
        InProcessCli.Run run = InProcessCli.runExactly("--config", copy.config().toString(), "--db", db.toString(), "--today", "2026-08-14",
                "status", "--person", "anna.holm");
        // then the copy, the database and the day given were used
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Bonus status · Anna Holm-Berg\n"), run.out());
        assertTrue(run.out().contains("Quarterly new business bonus · Q3 2026"), run.out());
        assertTrue(Files.isRegularFile(db), "the database given before the verb is the one opened");
    }

    @Test
    void the_person_may_come_before_the_verb_too_and_an_option_after_it_wins() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        String config = cli.config().toString();
        String db = cli.db().toString();
        // when
        InProcessCli.Run before = InProcessCli.runExactly("--person", "anna.holm", "--config", config, "--db", db, "--today", "2026-11-27", "status");
        InProcessCli.Run both = InProcessCli.runExactly("--today", "2026-08-14", "--config", config, "--db", db,
                "status", "--person", "anna.holm", "--today", "2026-11-27");
        // then
        assertEquals(ExitCodes.OK, before.exitCode(), before.toString());
        assertTrue(before.out().startsWith("Bonus status · Anna Holm\n"), before.out());
        assertTrue(both.out().contains("Quarterly new business bonus · Q4 2026"), both.out());
    }

    @Test
    void a_date_that_is_no_date_says_so_in_the_users_words_before_or_after_the_verb() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run after = InProcessCli.runExactly("status", "--person", "anna.holm", "--config", cli.config().toString(), "--db", cli.db().toString(),
                "--today", "2026-13-01");
        InProcessCli.Run before = InProcessCli.runExactly("--today", "2026-02-30", "status", "--person", "anna.holm");
        InProcessCli.Run words = InProcessCli.runExactly("--today", "tomorrow", "config", "check");
        // then
        assertEquals(ExitCodes.USAGE, after.exitCode(), after.toString());
        assertTrue(after.err().startsWith("Invalid value for option '--today': \"2026-13-01\" is not a date; use YYYY-MM-DD\n"), after.err());
        assertEquals(ExitCodes.USAGE, before.exitCode(), before.toString());
        assertTrue(before.err().contains("\"2026-02-30\" is not a date; use YYYY-MM-DD"), before.err());
        assertTrue(words.err().contains("\"tomorrow\" is not a date; use YYYY-MM-DD"), words.err());
        for (InProcessCli.Run run : List.of(after, before, words)) {
            assertFalse(run.err().contains("java.time") || run.err().contains("DateTimeParseException"), run.err());
            assertNoStackTrace(run);
        }
    }

    @Test
    void a_mistyped_person_id_gets_the_person_probably_meant() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holmm");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("fejl: --person: ingen person med id'et 'anna.holmm'"), run.err());
        assertTrue(run.err().endsWith("; mente du anna.holm (Anna Holm)?\n"), run.err());
    }

    @Test
    void status_takes_danish_period_words_and_a_quarter_without_its_year() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        // when
        InProcessCli.Run forrige = cli.run("status", "--person", "anna.holm", "--period", "forrige");
        InProcessCli.Run q3 = cli.run("status", "--person", "anna.holm", "--period", "Q3");
        InProcessCli.Run sidsteKvartal = cli.run("status", "--person", "anna.holm", "--period", "sidste kvartal");
        // then all three are Q3 2026
        assertEquals(ExitCodes.OK, forrige.exitCode(), forrige.toString());
        assertTrue(forrige.out().contains("Quarterly new business bonus · Q3 2026"), forrige.out());
        assertEquals(forrige.out(), q3.out());
        assertEquals(forrige.out(), sidsteKvartal.out());
    }

    @Test
    void a_db_file_that_is_no_database_is_one_error_line_naming_it_not_a_stack_trace() throws Exception {
        // given --db pointing at a file that is not SQLite, and at a directory
        Path notADatabase = Files.writeString(tempDir.resolve("notes.db"), "these are my notes, not a database\n");
        // when
        InProcessCli.Run onText = InProcessCli.runExactly("--config", "bot-config", "--db", notADatabase.toString(), "status", "--person", "anna.holm");
        InProcessCli.Run onDirectory = InProcessCli.runExactly("--config", "bot-config", "--db", tempDir.toString(), "status", "--person", "anna.holm");
        // then: one line saying which file cannot be used, exit code 1
        for (InProcessCli.Run run : List.of(onText, onDirectory)) {
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("error: Cannot open the database "), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertTrue(onText.err().contains("notes.db"), onText.err());
    }
}
