package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfigProblemTest {

    @Test
    void reads_as_file_line_field_and_message() {
        // given
        ConfigProblem problem = new ConfigProblem("plans.yaml", 14, "plans[2].bands[1].from", "must be ≥ the previous band's to");

        // when
        String text = problem.toString();

        // then
        assertEquals("plans.yaml:14 plans[2].bands[1].from: must be ≥ the previous band's to", text);
    }

    @Test
    void leaves_out_the_field_when_the_problem_is_the_yaml_itself() {
        // given
        ConfigProblem problem = new ConfigProblem("people.yaml", 3, "", "YAML syntax error: something");

        // when
        String text = problem.toString();

        // then
        assertEquals("people.yaml:3: YAML syntax error: something", text);
    }

    @Test
    void leaves_out_the_line_when_the_problem_is_the_whole_file() {
        // given
        ConfigProblem problem = new ConfigProblem("targets.yaml", 0, "", "file not found in /x");

        // when
        String text = problem.toString();

        // then
        assertEquals("targets.yaml: file not found in /x", text);
    }
}
