package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import app.bonusbot.core.time.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * As {@link #moving}, with the team pool shared by Nordics and DACH and split by contribution (target 1,500,000,
     * pool 30,000, one band at rate 1), and with the extra deals given.
     */
    private static Company movingOnASharedPool(String personId) {
        Company moved = moving(personId);
        List<Plan> plans = moved.plans().stream().map(p -> p instanceof TeamPlan t
                ? new TeamPlan(t.id(), t.name(), t.periodKind(), List.of("nordics", "dach"), t.metric(), t.tiers(), TeamSplit.CONTRIBUTION,
                        SampleCompany.d("1500000"), SampleCompany.d("30000"))
                : p).toList();
        return new Company(moved.settings(), moved.directory(), plans, moved.targets());
    }

    private static DealList withDeals(Deal... extra) {
        List<Deal> deals = new ArrayList<>(SampleCompany.deals().deals());
        deals.addAll(List.of(extra));
        return new DealList(deals);
    }

    private String ask(Company company, DealList deals, String personId, String command) {
        return renderer.render(new CommandHandler(() -> company, deals, SampleCompany.CLOCK).handle(personId, command));
    }

    @Test
    void a_mover_sees_a_share_of_each_team_pool_they_contributed_to_in_explain_status_and_statement() {
        // GIVEN anna moved from Nordics to DACH on 16 Nov 2026: 600,000 closed in Nordics (with bo's 900,000 there, the
        // pool is 30,000), and the renewal of 75,000 in DACH, its only deal (attainment 5 %, a pool of 1,500)
        Company company = movingOnASharedPool("anna");

        // WHEN anna asks for the explanation and her status of the team pool, and her pay statement is made
        String explain = ask(company, SampleCompany.deals(), "anna", "explain team-pool");
        String status = ask(company, SampleCompany.deals(), "anna", "status");
        Statement statement = new Evaluator(company, SampleCompany.deals()).statement(company.directory().person("anna").orElseThrow(),
                new PeriodRequest.Explicit(Period.parse("2026-Q4").orElseThrow()), LocalDate.of(2026, 11, 27));
        PaidPlan pool = new PayStatements(company, AdjustmentBook.NONE).of(statement, Period.parse("2026-Q4").orElseThrow(), Language.EN, Optional.empty())
                .plans().stream().filter(p -> p.planId().equals("team-pool")).findFirst().orElseThrow();

        // THEN she is paid 30,000 × 600,000 / 1,500,000 of Nordics' pool and all 1,500 of DACH's, each named by its team
        assertTrue(explain.contains("Your share from team Nordics: DKK 30,000.00 × DKK 600,000.00 / DKK 1,500,000.00"), explain);
        assertTrue(explain.contains("Your share from team DACH: DKK 1,500.00 × DKK 75,000.00 / DKK 75,000.00"), explain);
        assertTrue(explain.contains("DKK 12,000.00"), explain);
        assertTrue(explain.contains("DKK 13,500.00"), explain);
        assertTrue(status.contains("Your share from team Nordics"), status);
        assertTrue(status.contains("Your share from team DACH"), status);
        assertEquals(List.of("Your share from team Nordics: DKK 30,000.00 × DKK 600,000.00 / DKK 1,500,000.00",
                "Your share from team DACH: DKK 1,500.00 × DKK 75,000.00 / DKK 75,000.00"), pool.lines().stream().map(PaidLine::description).toList());
        assertEquals(SampleCompany.d("13500.00"), pool.cash());
    }

    @Test
    void a_mover_sees_a_share_of_each_team_pool_in_danish() {
        // GIVEN bo (Danish) moved from Nordics to DACH on 16 Nov 2026 after closing 900,000 in Nordics, and closed
        // 100,000 in DACH on 20 Nov
        Company company = movingOnASharedPool("bo");
        DealList deals = withDeals(SampleCompany.deal("d7", "Fjord platform", "100000", "2026-11-20", Outcome.WON, "bo", "new"));

        // WHEN bo asks for the explanation of the team pool
        String explain = ask(company, deals, "bo", "explain team-pool");

        // THEN both shares are there, each named by its team, in Danish
        assertTrue(explain.contains("Din andel fra team Nordics:"), explain);
        assertTrue(explain.contains("Din andel fra team DACH:"), explain);
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
