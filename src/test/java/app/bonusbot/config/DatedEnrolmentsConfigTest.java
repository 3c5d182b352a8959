package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.DateSpan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** people.yaml {@code teams:} (a person moving team mid-year) and plans.yaml enrolments with {@code from}/{@code to}. */
class DatedEnrolmentsConfigTest {

    @TempDir
    Path dir;

    /** Anna's entry replaced by the lines given (indented as her fields), with a second team dach. */
    private ConfigDir annaWith(String fields) {
        return ConfigDir.valid(dir).with("people.yaml", """
                teams:
                  - {id: sales, name: Sales, manager: boss}
                  - {id: dach, name: DACH, manager: boss}
                people:
                  - id: boss
                    name: Bo Ss
                  - id: anna
                    name: Anna Holm
                    hire_date: 2024-01-01
                """ + fields.indent(4));
    }

    @Test
    void a_person_moving_team_mid_year_lists_their_teams_with_dates() {
        // GIVEN anna in sales until 30 Jun 2026 and in dach from 1 Jul 2026
        ConfigDir config = annaWith("""
                teams:
                  - {team: sales, to: 2026-06-30}
                  - {team: dach, from: 2026-07-01}
                """);

        // WHEN the config is loaded
        Directory directory = config.load().directory();
        Person anna = directory.person("anna").orElseThrow();

        // THEN her team as configured is the last one, and each day has its team
        assertEquals("dach", anna.teamId());
        assertEquals(Optional.of("sales"), directory.teamOn(anna, LocalDate.of(2026, 6, 30)));
        assertEquals(Optional.of("dach"), directory.teamOn(anna, LocalDate.of(2026, 7, 1)));
        assertEquals(List.of(anna), directory.membersOn("sales", LocalDate.of(2026, 5, 1)));
        assertEquals(List.of(), directory.membersOn("sales", LocalDate.of(2026, 8, 1)));
    }

    @Test
    void overlapping_teams_are_an_error_naming_file_and_line() {
        // GIVEN dach starting before sales ends
        ConfigDir config = annaWith("""
                teams:
                  - {team: sales, to: 2026-07-15}
                  - {team: dach, from: 2026-07-01}
                """);

        // WHEN the config is checked
        List<String> problems = config.problems();

        // THEN the later entry's from is named with its line
        assertEquals(List.of("people.yaml:12 people[1].teams[1].from: overlaps the entry on line 11, which runs until 2026-07-15"), problems);
    }

    @Test
    void teams_in_the_wrong_order_a_gap_an_unknown_team_and_a_bad_date_are_errors_with_their_lines() {
        // GIVEN four broken histories in one file
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", """
                teams:
                  - {id: sales, name: Sales, manager: boss}
                  - {id: dach, name: DACH, manager: boss}
                people:
                  - {id: boss, name: Bo Ss}
                  - id: anna
                    name: Anna Holm
                    hire_date: 2024-01-01
                    teams:
                      - {team: sales, from: 2026-07-01}
                      - {team: dach, from: 2026-01-01}
                  - id: bo
                    name: Bo Berg
                    teams:
                      - {team: sales, to: 2026-03-31}
                      - {team: dach, from: 2026-05-01}
                  - id: cai
                    name: Cai Dahl
                    teams:
                      - {team: sales}
                      - {team: nordics, from: 2026-07-01}
                  - id: dan
                    name: Dan Eng
                    teams:
                      - {team: sales}
                      - {team: dach, from: 2026-02-30}
                """);

        // WHEN the config is checked
        List<String> problems = config.problems();

        // THEN each is named with its file and line
        assertEquals(List.of(
                "people.yaml:11 people[1].teams[1].from: is before the entry on line 10 (from 2026-07-01): list the teams in date order",
                "people.yaml:15 people[2].teams[0].to: leaves a gap: in no team from 2026-04-01 to 2026-04-30 (leave out 'to' to stay in sales"
                        + " until the next entry starts)",
                "people.yaml:21 people[3].teams[1].team: no team 'nordics' in people.yaml",
                "people.yaml:26 people[4].teams[1].from: '2026-02-30' is not a date in the calendar"), problems);
    }

    @Test
    void team_and_teams_together_are_an_error() {
        // GIVEN anna with both
        ConfigDir config = annaWith("""
                team: sales
                teams:
                  - {team: dach}
                """);

        // WHEN the config is checked
        List<String> problems = config.problems();

        // THEN the line of teams says to give one of them
        assertEquals(List.of("people.yaml:12 people[1].teams: give either team (one team always) or teams (with dates), not both"), problems);
    }

    @Test
    void a_plan_enrolment_takes_from_and_to_dates() {
        // GIVEN team sales on the bonus plan from 1 Jul 2026, and boss until the end of 2026
        ConfigDir config = ConfigDir.valid(dir).withPlan("""
                - id: bonus
                  kind: performance
                  name: Bonus
                  period: quarter
                  enrolment:
                    teams: [{id: sales, from: 2026-07-01}]
                    people: [{id: boss, to: 2026-12-31}]
                  metric: {type: sum}
                  bands:
                    - {from: 0, rate: 1}
                  target: 1000
                  target_bonus: 100
                """);

        // WHEN the config is loaded
        PerformancePlan plan = (PerformancePlan) config.load().plans().get(0);

        // THEN the enrolment carries the dates
        assertEquals(Map.of("sales", new DateSpan(LocalDate.of(2026, 7, 1), null)), plan.enrolment().teamDates());
        assertEquals(Map.of("boss", new DateSpan(null, LocalDate.of(2026, 12, 31))), plan.enrolment().peopleDates());
    }

    @Test
    void a_plan_enrolment_ending_before_it_starts_is_an_error_with_its_line() {
        // GIVEN a team enrolment whose to is before its from
        ConfigDir config = ConfigDir.valid(dir).withPlan("""
                - id: bonus
                  kind: performance
                  name: Bonus
                  period: quarter
                  enrolment:
                    teams:
                      - {id: sales, from: 2026-07-01, to: 2026-06-30}
                  metric: {type: sum}
                  bands:
                    - {from: 0, rate: 1}
                  target: 1000
                  target_bonus: 100
                """);

        // WHEN the config is checked
        List<String> problems = config.problems();

        // THEN the line of the entry is named
        assertEquals(List.of("plans.yaml:8 plans[0].enrolment.teams[0].to: is before from 2026-07-01"), problems);
    }
}
