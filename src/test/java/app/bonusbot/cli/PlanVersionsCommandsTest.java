package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo company (today 27 November 2026, in 2026 Q4) whose quarterly new business bonus gets a new version from
 * 1 October 2026 that pays its first band at half the rate: Q3 is worked out with the plan as it was, Q4 with the new one.
 */
class PlanVersionsCommandsTest {

    /** The demo plan's first band, and the same band in a version from Q4 that pays half of it. */
    static final String FIRST_BAND = "      - {from: 0, to: 1.0, rate: 1.0}\n      - {from: 1.0, to: 1.5, rate: 1.5}\n      - {from: 1.5, rate: 2.0}    # no \"to\": open-ended, until the cap\n";
    static final String NEW_VERSION = FIRST_BAND + """
                versions:
                  - effective_from: 2026-10-01
                    bands:
                      - {from: 0, to: 1.0, rate: 0.5}
                      - {from: 1.0, to: 1.5, rate: 1.5}
                      - {from: 1.5, rate: 2.0}
            """;

    @TempDir
    Path tempDir;

    @Test
    void a_new_version_from_the_next_quarter_leaves_the_past_quarters_statement_exactly_as_before() {
        // given Anna's Q3 and Q4 statements with the plan as it is
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir);
        InProcessCli.Run q3Before = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        InProcessCli.Run q3ExplainedBefore = cli.run("explain", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        InProcessCli.Run q3TextBefore = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3");
        InProcessCli.Run q4Before = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4", "--json");
        assertEquals(ExitCodes.OK, q3Before.exitCode(), q3Before.toString());

        // when sales ops halves the first band's rate from Q4 on with a new version of the plan
        cli.editing("plans.yaml", FIRST_BAND, NEW_VERSION);
        InProcessCli.Run check = cli.run("config", "check");
        InProcessCli.Run q3After = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        InProcessCli.Run q3ExplainedAfter = cli.run("explain", "--person", "anna.holm", "--period", "2026-Q3", "--json");
        InProcessCli.Run q3TextAfter = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3");
        InProcessCli.Run q4After = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4", "--json");

        // then Q3's whole statement is unchanged, to the last line and total, and Q4 pays the new rate
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
        assertEquals("49612.50", q3Before.json().path("plans").get(0).path("total").asText(), q3Before.out());
        assertEquals(q3TextBefore.out(), q3TextAfter.out());
        assertEquals(q3Before.json(), withoutPlanVersion(q3After.json()));
        assertEquals(q3ExplainedBefore.json(), withoutPlanVersion(q3ExplainedAfter.json()));
        assertNotEquals(q4Before.json().path("plans").get(0).path("total"), q4After.json().path("plans").get(0).path("total"), q4After.out());
        assertEquals("2026-09-30", q3After.json().path("plans").get(0).path("plan_version").path("effective_to").asText(), q3After.out());
        assertEquals("2026-10-01", q4After.json().path("plans").get(0).path("plan_version").path("effective_from").asText(), q4After.out());
    }

    /** The statement as it was before the plan had versions: the same, but for the field naming the version. */
    private static JsonNode withoutPlanVersion(JsonNode statement) {
        JsonNode copy = statement.deepCopy();
        copy.path("plans").forEach(plan -> ((ObjectNode) plan).remove("plan_version"));
        return copy;
    }

    @Test
    void explain_names_the_version_each_period_was_worked_out_with() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", FIRST_BAND, NEW_VERSION);

        // when
        InProcessCli.Run q3 = cli.run("explain", "--person", "anna.holm", "quarterly-bonus", "--period", "2026-Q3");
        InProcessCli.Run q4 = cli.run("explain", "--person", "anna.holm", "quarterly-bonus");
        InProcessCli.Run kicker = cli.run("explain", "--person", "anna.holm");

        // then
        assertEquals(ExitCodes.OK, q4.exitCode(), q4.toString());
        assertTrue(q3.out().contains("Plan version until 30 Sept 2026\n"), q3.out());
        assertTrue(q4.out().contains("Plan version from 1 Oct 2026\n"), q4.out());
        assertTrue(q4.out().contains("at ×0.5"), q4.out());
        assertEquals(1, kicker.out().split("Plan version", -1).length - 1, "a plan without versions names none: " + kicker.out());
    }

    @Test
    void explain_names_the_version_in_danish() {
        // given Anna reads Danish
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", FIRST_BAND, NEW_VERSION)
                .editing("people.yaml", "language: en                  # overrides the company default (da)", "language: da");

        // when
        InProcessCli.Run q3 = cli.run("explain", "--person", "anna.holm", "quarterly-bonus", "--period", "2026-Q3");
        InProcessCli.Run q4 = cli.run("explain", "--person", "anna.holm", "quarterly-bonus");

        // then
        assertEquals(ExitCodes.OK, q4.exitCode(), q4.toString());
        assertTrue(q3.out().contains("Planversion til 30. sep. 2026\n"), q3.out());
        assertTrue(q4.out().contains("Planversion fra 1. okt. 2026\n"), q4.out());
        assertFalse(q4.out().contains("Plan version"), q4.out());
    }

    @Test
    void a_plan_whose_last_version_ends_is_left_out_of_later_periods() {
        // given the quarterly bonus's new version runs until the end of 2026, and the plan ends there
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir)
                .editing("plans.yaml", FIRST_BAND, NEW_VERSION.replace("effective_from: 2026-10-01", "effective_from: 2026-10-01\n        effective_to: 2026-12-31"));

        // when
        InProcessCli.Run q4 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4");
        InProcessCli.Run q1 = cli.run("status", "--person", "anna.holm", "--period", "2027-Q1");

        // then
        assertEquals(ExitCodes.OK, q1.exitCode(), q1.toString());
        assertTrue(q4.out().contains("Quarterly new business bonus"), q4.out());
        assertFalse(q1.out().contains("Quarterly new business bonus"), q1.out());
        assertTrue(q1.out().contains("Win-rate kicker"), q1.out());
    }

    @Test
    void a_version_that_moves_the_plan_to_another_team_enrols_each_team_for_its_own_periods() {
        // given the quarterly bonus is for Nordics until Q3 and for DACH from Q4
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", FIRST_BAND,
                NEW_VERSION.replace("effective_from: 2026-10-01", "effective_from: 2026-10-01\n        enrolment: {teams: [dach]}"));

        // when
        InProcessCli.Run annaQ3 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3");
        InProcessCli.Run annaQ4 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4");
        InProcessCli.Run lukasQ3 = cli.run("status", "--person", "lukas.schmidt", "--period", "2026-Q3");
        InProcessCli.Run lukasQ4 = cli.run("status", "--person", "lukas.schmidt", "--period", "2026-Q4");

        // then
        assertEquals(ExitCodes.OK, lukasQ4.exitCode(), lukasQ4.toString());
        assertTrue(annaQ3.out().contains("Quarterly new business bonus"), annaQ3.out());
        assertFalse(annaQ4.out().contains("Quarterly new business bonus"), annaQ4.out());
        assertFalse(lukasQ3.out().contains("Quarterly new business bonus"), lukasQ3.out());
        assertTrue(lukasQ4.out().contains("Quarterly new business bonus"), lukasQ4.out());
    }
}
