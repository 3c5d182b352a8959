package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample company (today 27 Nov 2026), where one seller moves from team Nordics to team DACH on 16 Nov 2026, in
 * the middle of Q4. Mia manages both teams.
 */
class TeamMoveCommandTest {

    private final TextRenderer renderer = new TextRenderer();

    /** The sample company with the person given moved to dach on 16 Nov 2026. */
    private static Company moving(String personId) {
        Company sample = SampleCompany.company();
        List<Person> people = sample.directory().people().stream().map(p -> p.id().equals(personId) ? p.withTeam("dach") : p).toList();
        TeamHistory moves = new TeamHistory(Map.of(personId, List.of(
                new TeamMembership("nordics", new DateSpan(null, LocalDate.of(2026, 11, 15))),
                new TeamMembership("dach", new DateSpan(LocalDate.of(2026, 11, 16), null)))));
        Directory directory = new Directory(people, List.of(new Team("nordics", "Nordics", "mia"), new Team("dach", "DACH", "mia")), moves);
        return new Company(sample.settings(), directory, sample.plans(), sample.targets());
    }

    /** The part of a team view under one team's header, up to the next team's. */
    private static String block(String view, String header) {
        int start = view.indexOf(header + "\n");
        assertTrue(start >= 0, view);
        int next = view.indexOf("\nTeam ", start + header.length());
        return next < 0 ? view.substring(start) : view.substring(start, next);
    }

    private String ask(Company company, String personId, String command) {
        return renderer.render(new CommandHandler(() -> company, SampleCompany.deals(), SampleCompany.CLOCK).handle(personId, command));
    }

    @Test
    void explain_says_where_a_move_matters_in_english() {
        // GIVEN anna moved from Nordics to DACH on 16 Nov 2026; the plans enrol team Nordics
        Company company = moving("anna");

        // WHEN anna asks for the explanation of her new-business plan
        String answer = ask(company, "anna", "explain new-business");

        // THEN it names the move and counts her days in Nordics only: 1 Oct to 15 Nov
        assertTrue(answer.contains("In team Nordics until 15 Nov 2026"), answer);
        assertTrue(answer.contains("In team DACH from 16 Nov 2026"), answer);
        assertTrue(answer.contains("Active 46 of 92 days in the period"), answer);
    }

    @Test
    void explain_says_where_a_move_matters_in_danish() {
        // GIVEN bo (Danish) moved from Nordics to DACH on 16 Nov 2026
        Company company = moving("bo");

        // WHEN bo asks for the explanation of the team pool
        String answer = ask(company, "bo", "explain team-pool");

        // THEN it names the move in Danish, and why he has no share of Nordics' pool
        assertTrue(answer.contains("I team Nordics til 15. nov. 2026"), answer);
        assertTrue(answer.contains("I team DACH fra 16. nov. 2026"), answer);
        assertTrue(answer.contains("Ingen andel: puljen deles mellem dem, der er i teamet på periodens sidste dag."), answer);
    }

    @Test
    void the_managers_team_view_shows_the_team_as_it_is_on_the_day_asked() {
        // GIVEN anna moved from Nordics to DACH on 16 Nov 2026
        Company company = moving("anna");

        // WHEN mia asks for her teams now, and for Q3, when anna was still in Nordics
        String now = ask(company, "mia", "team");
        String q3 = ask(company, "mia", "team 2026-Q3");

        // THEN today anna is under DACH and not Nordics; in Q3 she is under Nordics
        assertTrue(block(now, "Team Nordics").contains("Bo Jensen"), now);
        assertFalse(block(now, "Team Nordics").contains("Anna Holm"), now);
        assertTrue(block(now, "Team DACH").contains("Anna Holm"), now);
        assertTrue(block(q3, "Team Nordics").contains("Anna Holm"), q3);
        assertFalse(block(q3, "Team DACH").contains("Anna Holm"), q3);
        // and DACH's block does not show Nordics' team pool, which anna's Q4 figures carry
        assertFalse(block(now, "Team DACH").contains("Teamet er på"), now);
    }
}
