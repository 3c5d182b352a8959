package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.plan.PerformancePlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void a_valid_config_has_no_problems_and_loads() {
        // given
        ConfigDir config = ConfigDir.valid(dir);

        // when
        List<String> problems = config.problems();
        BotConfig loaded = config.load();

        // then
        assertEquals(List.of(), problems);
        assertEquals("Testfirma ApS", loaded.settings().companyName());
        assertEquals(2, loaded.directory().people().size());
        assertEquals(1, loaded.plans().size());
        assertEquals(1, loaded.targets().targets().size());
    }

    @Test
    void reports_a_missing_directory() {
        // given
        Path missing = dir.resolve("nope");

        // when
        List<ConfigProblem> problems = ConfigLoader.check(missing);

        // then
        assertEquals(1, problems.size());
        assertEquals(missing.toString(), problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("config directory not found"), problems.get(0).message());
    }

    @Test
    void reports_a_missing_file_by_name() {
        // given
        ConfigDir config = ConfigDir.valid(dir).without("targets.yaml");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("targets.yaml: file not found in " + dir.toAbsolutePath().normalize()), problems);
    }

    @Test
    void reports_a_yaml_syntax_error_with_its_line() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", """
                people:
                  - id: anna
                     name: Anna
                """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("people.yaml:3: YAML syntax error: mapping values are not allowed here"), problems.get(0));
    }

    @Test
    void reports_a_tab_used_for_indentation() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("targets.yaml", "targets:\n\t- {person: anna}\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("targets.yaml:2: YAML syntax error: found character '\\t(TAB)'"), problems.get(0));
    }

    @Test
    void reports_a_second_document_in_one_file() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "---\ncompany: Other\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("settings.yaml:6: YAML syntax error: expected a single document in the stream, but found another document"),
                problems);
    }

    @Test
    void reports_problems_in_every_file_in_file_and_line_order() {
        // given
        ConfigDir config = ConfigDir.valid(dir)
                .with("targets.yaml", """
                        targets:
                          - {person: anna, plan: bonus, period: 2026-Q5, target: 2000}
                        """)
                .with("settings.yaml", """
                        company: Testfirma ApS
                        time_zone: Europe/Copenhagn
                        currency: DKK
                        languge: da
                        """)
                .with("people.yaml", """
                        teams: [{id: sales, name: Sales}]
                        people:
                          - id: anna
                            name: Anna Holm
                            hire_date: 2024-13-01
                          - id: bo
                        """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of(
                "settings.yaml:2 time_zone: unknown time zone 'Europe/Copenhagn': use a region name such as Europe/Copenhagen"
                        + " (did you mean 'Europe/Copenhagen'?)",
                "settings.yaml:4 languge: unknown field 'languge' (did you mean 'language'?)",
                "people.yaml:5 people[0].hire_date: '2024-13-01' is not a date in the calendar",
                "people.yaml:6 people[1].name: is required",
                "targets.yaml:2 targets[0].period: must be a period such as 2026-Q4, 2026-11 or 2026, not '2026-Q5'"), problems);
    }

    @Test
    void load_refuses_an_invalid_config_with_every_problem() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", """
                time_zone: Mars/Olympus
                currency: DKK
                """);

        // when
        ConfigException e = assertThrows(ConfigException.class, config::load);

        // then
        assertEquals(List.of("settings.yaml:1 company: is required",
                "settings.yaml:1 time_zone: unknown time zone 'Mars/Olympus': use a region name such as Europe/Copenhagen"),
                e.problems().stream().map(ConfigProblem::toString).toList());
        assertEquals(dir + " has 2 problems:\n"
                + "  settings.yaml:1 company: is required\n"
                + "  settings.yaml:1 time_zone: unknown time zone 'Mars/Olympus': use a region name such as Europe/Copenhagen", e.getMessage());
    }

    @Test
    void an_empty_file_reads_as_having_no_fields() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("targets.yaml", "# no targets yet: plan defaults apply\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_file_that_is_not_a_mapping_is_reported() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("plans.yaml", "- id: bonus\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:1: must be a mapping of fields (name: value), not a list",
                "targets.yaml:2 targets[0].plan: no plan 'bonus' in plans.yaml"), problems);
    }

    @Test
    void a_field_given_twice_is_reported_at_the_second() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "currency: EUR\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("settings.yaml:6 currency: field 'currency' is given twice (first on line 3)"), problems);
    }

    @Test
    void merge_keys_are_refused() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", """
                defaults: &d
                  currency: DKK
                company: Testfirma ApS
                time_zone: Europe/Copenhagen
                <<: *d
                """);

        // when
        List<String> problems = config.problems();

        // then
        assertTrue(problems.contains("settings.yaml:5 <<: merge keys (<<) are not supported: write the fields out"), problems.toString());
    }

    @Test
    void references_into_an_unreadable_people_file_are_not_reported_again() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", "people: [\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("people.yaml:2: YAML syntax error"), problems.get(0));
    }

    @Test
    void numbers_are_read_exactly_from_their_text() {
        // given
        ConfigDir config = ConfigDir.valid(dir).withPlan("""
                - id: bonus
                  kind: performance
                  name: Bonus
                  period: quarter
                  enrolment: {teams: [sales]}
                  metric: {type: sum}
                  threshold: 50%
                  bands:
                    - {from: 0, to: 0.1, rate: 0.1}
                    - {from: 0.1, rate: 12.5%}
                  target: 1_000_000.10
                  target_bonus: 100
                """);

        // when
        PerformancePlan plan = (PerformancePlan) config.load().plans().get(0);

        // then
        assertEquals(new BigDecimal("0.50"), plan.tiers().threshold());
        assertEquals(new BigDecimal("0.1"), plan.tiers().bands().get(0).rate());
        assertEquals(new BigDecimal("0.125"), plan.tiers().bands().get(1).rate());
        assertEquals(new BigDecimal("1000000.10"), plan.defaultTarget());
    }

    @Test
    void a_number_with_a_decimal_comma_gets_a_hint() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("targets.yaml", """
                targets:
                  - {person: anna, plan: bonus, period: 2026-Q4, target: "2000,50"}
                """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].target: must be a number written with a decimal point, not a comma ('2000,50')"),
                problems);
    }

    @Test
    void a_byte_order_mark_is_ignored() throws Exception {
        // given
        ConfigDir config = ConfigDir.valid(dir);
        Files.writeString(dir.resolve("settings.yaml"), "\uFEFF" + ConfigDir.SETTINGS);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_file_that_is_not_utf8_is_reported() throws Exception {
        // given
        ConfigDir config = ConfigDir.valid(dir);
        Files.write(dir.resolve("people.yaml"), new byte[] {'p', 'e', 'o', 'p', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("people.yaml: cannot read the file"), problems.get(0));
    }
}
