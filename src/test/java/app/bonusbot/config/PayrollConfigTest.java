package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.payout.EmployeeIdField;
import app.bonusbot.core.payout.PayrollSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml {@code payroll: employee_id:} and people.yaml {@code employee_number}: which id payroll knows a person by. */
class PayrollConfigTest {

    @TempDir
    Path dir;

    private static final String PEOPLE_WITH_NUMBERS = """
            teams:
              - {id: sales, name: Sales, manager: boss}
            people:
              - id: boss
                name: Bo Ss
              - id: anna
                name: Anna Holm
                team: sales
                hire_date: 2024-01-01
                employee_number: 10042
            """;

    @Test
    void without_a_payroll_section_payroll_knows_people_by_their_id() {
        // given the small valid configuration, which says nothing of payroll
        // when
        BotConfig config = ConfigDir.valid(dir).load();

        // then
        assertEquals(PayrollSettings.DEFAULT.employeeId(), config.payroll().employeeId());
        assertEquals("anna", config.payroll().employeeIdOf(config.directory().person("anna").orElseThrow()).orElseThrow());
    }

    @Test
    void employee_number_is_read_from_people_yaml_and_chosen_in_settings_yaml() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", PEOPLE_WITH_NUMBERS)
                .with("settings.yaml", ConfigDir.SETTINGS + "payroll:\n  employee_id: employee_number\n");

        // when
        BotConfig loaded = config.load();

        // then the YAML number is read as the text payroll knows it by
        assertEquals(new PayrollSettings(EmployeeIdField.EMPLOYEE_NUMBER, Map.of("anna", "10042")), loaded.payroll());
        assertEquals("10042", loaded.payroll().employeeIdOf(loaded.directory().person("anna").orElseThrow()).orElseThrow());
    }

    @Test
    void a_person_on_a_plan_without_the_chosen_field_is_a_problem_naming_file_and_line() {
        // given employee_number is the payroll id, and Anna (on the bonus plan, from line 8) has none; the boss is on no plan
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "payroll:\n  employee_id: employee_number\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("people.yaml:8 people[1].employee_number: is required: settings.yaml payroll.employee_id is employee_number and anna is on a plan"),
                problems);
    }

    @Test
    void an_unknown_employee_id_field_is_a_problem_naming_the_choices() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "payroll:\n  employee_id: payroll_number\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("settings.yaml:7 payroll.employee_id: must be one of id, email, employee_number, not 'payroll_number'"),
                problems.get(0));
    }

    @Test
    void two_people_with_one_employee_number_is_a_problem() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", PEOPLE_WITH_NUMBERS.replace("    name: Bo Ss\n", "    name: Bo Ss\n    employee_number: 10042\n"));

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("people.yaml:11 people[1].employee_number: employee_number '10042' is already used by boss"), problems);
    }
}
