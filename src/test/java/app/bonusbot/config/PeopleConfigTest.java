package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleConfigTest {

    @TempDir
    Path dir;

    private List<String> problemsWith(String people) {
        return ConfigDir.valid(dir).with("people.yaml", people).problems();
    }

    @Test
    void reads_every_field_of_a_person() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", """
                teams: [{id: sales, name: Sales, manager: boss}]
                people:
                  - {id: boss, name: Bo Ss}
                  - id: anna
                    name: Anna Holm
                    email: anna@firma.example
                    team: sales
                    hire_date: 2024-01-01
                    leave_date: 2026-10-15
                    language: en
                    slack_id: U0ANNA01
                    discord_id: "700000000000000201"
                """);

        // when
        Person anna = config.load().directory().person("anna").orElseThrow();

        // then
        assertEquals(new Person("anna", "Anna Holm", "anna@firma.example", "sales", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 10, 15),
                Language.EN, Map.of(ChatPlatform.SLACK, "U0ANNA01", ChatPlatform.DISCORD, "700000000000000201")), anna);
    }

    @Test
    void people_are_required() {
        // given
        String people = "teams: []\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("settings.yaml:5 admins[0]: no person 'boss' in people.yaml", "people.yaml:1 people: is required",
                "plans.yaml:6 plans[0].enrolment.teams[0]: no team 'sales' in people.yaml",
                "targets.yaml:2 targets[0].person: no person 'anna' in people.yaml"), problems);
    }

    @Test
    void id_and_name_are_required() {
        // given
        String people = """
                people:
                  - email: x@firma.example
                """;

        // when
        List<String> problems = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS.replace("admins: [boss]\n", ""))
                .with("plans.yaml", "plans: []\n").with("targets.yaml", "").with("people.yaml", people).problems();

        // then
        assertEquals(List.of("people.yaml:2 people[0].id: is required", "people.yaml:2 people[0].name: is required",
                "plans.yaml:1 plans: must list at least one entry"), problems);
    }

    @Test
    void a_person_id_is_unique() {
        // given
        String people = ConfigDir.PEOPLE + """
                  - id: anna
                    name: Anna Berg
                """;

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:12 people[2].id: person id 'anna' is used twice (first on line 8)"), problems);
    }

    @Test
    void a_team_id_is_unique() {
        // given
        String people = ConfigDir.PEOPLE.replace("people:\n", "  - {id: sales, name: Sales again}\npeople:\n");

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:5 teams[1].id: team id 'sales' is used twice (first on line 2)"), problems);
    }

    @Test
    void an_id_has_no_spaces() {
        // given
        String people = ConfigDir.PEOPLE.replace("id: boss", "id: big boss");

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("settings.yaml:5 admins[0]: no person 'boss' in people.yaml",
                "people.yaml:4 teams[0].manager: no person 'boss' in people.yaml",
                "people.yaml:6 people[0].id: 'big boss' is not a usable id: use letters, digits, '.', '-', '_' and no spaces"), problems);
    }

    @Test
    void a_team_manager_must_be_a_person() {
        // given
        String people = ConfigDir.PEOPLE.replace("manager: boss", "manager: annna");

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:4 teams[0].manager: no person 'annna' in people.yaml (did you mean 'anna'?)"), problems);
    }

    @Test
    void a_persons_team_must_exist() {
        // given
        String people = ConfigDir.PEOPLE.replace("team: sales", "team: marketing");

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:10 people[1].team: no team 'marketing' in people.yaml",
                "targets.yaml:2 targets[0].person: 'anna' is not enrolled in plan 'bonus' (its enrolment in plans.yaml)"), problems);
    }

    @Test
    void dates_are_written_year_month_day() {
        // given
        String people = ConfigDir.PEOPLE.replace("hire_date: 2024-01-01", "hire_date: 01-01-2024");

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:11 people[1].hire_date: must be a date written yyyy-MM-dd, not '01-01-2024'"), problems);
    }

    @Test
    void nobody_leaves_before_they_were_hired() {
        // given
        String people = ConfigDir.PEOPLE + "    leave_date: 2023-12-31\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:12 people[1].leave_date: must not be before hire_date (2024-01-01)"), problems);
    }

    @Test
    void leaving_on_the_hire_date_is_allowed() {
        // given
        String people = ConfigDir.PEOPLE + "    leave_date: 2024-01-01\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_persons_language_is_en_or_da() {
        // given
        String people = ConfigDir.PEOPLE + "    language: sv\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:12 people[1].language: must be one of en, da, not 'sv'"), problems);
    }

    @Test
    void an_email_looks_like_one() {
        // given
        String people = ConfigDir.PEOPLE + "    email: anna.firma.example\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:12 people[1].email: 'anna.firma.example' is not an e-mail address"), problems);
    }

    @Test
    void two_people_never_share_a_chat_id_or_email() {
        // given
        String people = """
                teams: [{id: sales, name: Sales, manager: boss}]
                people:
                  - {id: boss, name: Bo Ss, email: bo@firma.example, slack_id: U01, discord_id: "700000000000000042"}
                  - {id: anna, name: Anna Holm, team: sales, hire_date: 2024-01-01, email: BO@firma.example, slack_id: U01, discord_id: "700000000000000042"}
                """;

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:4 people[1].email: email 'BO@firma.example' is already used by boss",
                "people.yaml:4 people[1].slack_id: slack_id 'U01' is already used by boss",
                "people.yaml:4 people[1].discord_id: discord_id '700000000000000042' is already used by boss"), problems);
    }

    @Test
    void a_retention_plan_member_needs_a_hire_date() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", ConfigDir.PEOPLE.replace("    hire_date: 2024-01-01\n", ""))
                .with("plans.yaml", ConfigDir.PLANS + """
                          - id: stay
                            kind: retention
                            name: Stay
                            period: quarter
                            enrolment: {people: [anna]}
                            installments: [{months: 12, amount: 10000}]
                        """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("people.yaml:8 people[1].hire_date: is required: anna is on retention plan 'stay'"), problems);
    }

    @Test
    void an_unknown_field_gets_the_nearest_known_name() {
        // given
        String people = ConfigDir.PEOPLE + "    hired: 2024-01-01\n";

        // when
        List<String> problems = problemsWith(people);

        // then
        assertEquals(List.of("people.yaml:12 people[1].hired: unknown field 'hired' (known fields: id, name, email, team, teams, hire_date, leave_date,"
                + " language, slack_id, discord_id, employee_number)"), problems);
    }

    @Test
    void a_discord_id_must_be_a_snowflake() {
        // given
        String people = ConfigDir.PEOPLE.replace("    name: Bo Ss\n", "    name: Bo Ss\n    discord_id: \"bo#1234\"\n");

        // when
        List<String> problems = ConfigDir.valid(dir).with("people.yaml", people).problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("discord_id: 'bo#1234' is not a Discord user id: a number of 15 to 21 digits, quoted"
                + " (in Discord, with Developer Mode on: right-click the person, Copy User ID)"), problems.get(0));
    }
}
