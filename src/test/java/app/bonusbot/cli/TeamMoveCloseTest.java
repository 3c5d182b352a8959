package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mo moves from team North to team South on 16 Aug 2026, in the middle of Q3, on a team pool split by contribution:
 * North and South each have a target of 400,000 and a pool of 40,000 (one band at rate 1). Ada is in North and Eve in
 * South all quarter. Today is 27 Nov 2026, so Q3 can be closed.
 */
class TeamMoveCloseTest {

    private static final String PEOPLE = """
            teams:
              - id: north
                name: North
                manager: boss
              - id: south
                name: South
                manager: boss
            people:
              - id: boss
                name: Bo Ss
                hire_date: 2020-01-01
              - id: ada
                name: Ada Nord
                team: north
                hire_date: 2020-01-01
                language: en
              - id: mo
                name: Mo Flytter
                teams:
                  - {team: north, to: 2026-08-15}
                  - {team: south, from: 2026-08-16}
                hire_date: 2020-01-01
                language: en
              - id: eve
                name: Eve Syd
                team: south
                hire_date: 2020-01-01
                language: da
            """;

    private static final String PLANS = """
            plans:
              - id: team-pool
                kind: team
                name: {en: Team pool, da: Teampulje}
                period: quarter
                teams: [north, south]
                metric:
                  type: sum
                bands:
                  - {from: 0, rate: 1}
                split: contribution
                target: 400_000
                bonus_pool: 40_000
            """;

    @TempDir
    Path tempDir;

    /** Mo closed 100,000 while in North and 200,000 while in South; Ada 300,000 in North; Eve 200,000 in South. */
    private InProcessCli company() throws IOException {
        InProcessCli cli = SmallCompany.in(tempDir, "");
        Files.writeString(cli.config().resolve("people.yaml"), PEOPLE);
        Files.writeString(cli.config().resolve("plans.yaml"), PLANS);
        Path deals = SmallCompany.deals(tempDir, "q3.csv",
                new SmallCompany.Row("1", "Aurora", "Closed won", "2026-07-10", "Ada Nord", "300000"),
                new SmallCompany.Row("2", "Birch", "Closed won", "2026-07-15", "Mo Flytter", "100000"),
                new SmallCompany.Row("3", "Cedar", "Closed won", "2026-09-01", "Mo Flytter", "200000"),
                new SmallCompany.Row("4", "Dune", "Closed won", "2026-08-01", "Eve Syd", "200000"));
        InProcessCli.Run imported = cli.run("import", "deals", deals.toString());
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        return cli;
    }

    @Test
    void closing_the_quarter_freezes_a_movers_shares_of_both_team_pools_as_one_figure_for_the_plan() throws IOException {
        // GIVEN the company with Mo's deals in both teams
        InProcessCli cli = company();

        // WHEN Q3 is closed
        InProcessCli.Run close = cli.run("close", "2026-Q3", "--by", "boss");
        assertEquals(ExitCodes.OK, close.exitCode(), close.toString());

        // THEN Mo's one frozen figure for the plan is both shares: 10,000.00 of North's pool and 20,000.00 of South's
        assertEquals(1L, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM closed_plan_cash WHERE person_id = 'mo' AND plan_id = 'team-pool'"));
        assertEquals(3_000_000L, ClosedPeriodFixture.count(cli.db(), "SELECT cash_cents FROM closed_plan_cash WHERE person_id = 'mo'"));
        // AND the plan pays both pools to the cent: 40,000.00 each, nothing to nobody
        assertEquals(8_000_000L, ClosedPeriodFixture.count(cli.db(), "SELECT SUM(cash_cents) FROM closed_plan_cash WHERE plan_id = 'team-pool'"));
        // AND Mo's frozen explanation and status say which team each share is from
        InProcessCli.Run explain = cli.run("explain", "--person", "mo", "--period", "2026-Q3");
        assertTrue(explain.out().contains("Your share from team North"), explain.toString());
        assertTrue(explain.out().contains("Your share from team South"), explain.toString());
        InProcessCli.Run status = cli.run("status", "--person", "mo", "--period", "2026-Q3");
        assertTrue(status.out().contains("Your share from team North"), status.toString());
        assertTrue(status.out().contains("this is what was paid"), status.toString());
    }
}
