package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.flatPlan;
import static app.bonusbot.core.engine.Plans.grant;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.stockPlan;
import static app.bonusbot.core.engine.Plans.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every plan a person is on, for the period asked about. */
class StatementTest {

    private static final Person ANNA = People.seller("anna");
    private static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);

    /** Quarterly, target 1,000,000, target bonus 100,000, [0, 1) 1.0, [1, open) 2.0. */
    private static final PerformancePlan QUARTERLY = bonusPlan(PeriodKind.QUARTER, sum(),
            marginal(band("0", "1", "1"), band("1", null, "2")), "1000000", "100000");

    @Test
    void the_statement_total_is_the_cash_of_every_plan_without_the_stock_value() {
        // given a bonus plan and 1,200 vested shares worth 102,600
        StockPlan stock = stockPlan("85.50", grant("anna", 4800, "2025-01-15", 12, 48));
        Scenario scenario = new Scenario().people(ANNA).plans(QUARTERLY, stock).deals(won("anna", "500000", "2026-10-20"));

        // when
        Statement statement = scenario.evaluator().statement(ANNA, PeriodRequest.CURRENT, NOV_17);

        // then 0.5 x 100,000 = 50,000 cash; the 22 completed months of stock (2,200 x 85.50) are not in it
        assertEquals(2, statement.results().size());
        assertMoney("188100.00", ((PlanResult.Stock) statement.results().get(1)).value());
        assertMoney("50000.00", statement.total());
    }

    @Test
    void the_statement_total_adds_the_rounded_totals_of_the_plans() {
        // given two flat plans each paying 1 % of 1,000.50 = 10.005
        PerformancePlan quarterly = flatPlan(PeriodKind.QUARTER, sum(), "0.01");
        PerformancePlan monthly = flatPlan(PeriodKind.MONTH, sum(), "0.01");
        Scenario scenario = new Scenario().people(ANNA).plans(quarterly, monthly).deals(won("anna", "1000.50", "2026-11-02"));

        // when
        Statement statement = scenario.evaluator().statement(ANNA, PeriodRequest.CURRENT, NOV_17);

        // then 10.01 + 10.01, not 20.01
        assertMoney("20.02", statement.total());
    }

    @Test
    void each_plan_answers_for_its_own_period_of_the_request() {
        // given a quarterly and a monthly plan, asked about the previous period on 17 Nov
        PerformancePlan monthly = flatPlan(PeriodKind.MONTH, sum(), "0.1");
        Scenario scenario = new Scenario().people(ANNA).plans(QUARTERLY, monthly)
                .deals(won("anna", "1000", "2026-10-20"), won("anna", "500000", "2026-08-20"));

        // when
        Statement statement = scenario.evaluator().statement(ANNA, PeriodRequest.PREVIOUS, NOV_17);

        // then Q3 for the quarterly plan, October for the monthly one
        assertEquals(List.of("2026-Q3", "2026-10"), statement.results().stream().map(r -> r.period().key()).toList());
        assertMoney("50000.00", statement.results().get(0).total());
        assertMoney("100.00", statement.results().get(1).total());
    }

    @Test
    void a_what_if_deal_shows_the_payout_after_it_without_touching_the_ledger() {
        // given 900,000 won; a what-if deal of 200,000 today
        Scenario scenario = new Scenario().people(ANNA).plans(QUARTERLY).deals(won("anna", "900000", "2026-10-20"));
        Deal whatIf = won("anna", "200000", "2026-11-17");

        // when
        Statement before = scenario.evaluator().statement(ANNA, PeriodRequest.CURRENT, NOV_17);
        Statement after = new Evaluator(scenario.company(), new WithExtraDeal(scenario.ledger(), whatIf))
                .statement(ANNA, PeriodRequest.CURRENT, NOV_17);
        Statement beforeAgain = scenario.evaluator().statement(ANNA, PeriodRequest.CURRENT, NOV_17);

        // then 0.9 x 100,000 = 90,000; after: a = 1.1, 100,000 + 0.1 x 100,000 x 2 = 120,000
        assertMoney("90000.00", before.total());
        assertMoney("120000.00", after.total());
        assertMoney("90000.00", beforeAgain.total());
    }

    @Test
    void a_person_on_no_plan_has_an_empty_statement() {
        // given someone on team south, where no plan enrols
        Person eve = People.person("eve", "south", null, null);
        Scenario scenario = new Scenario().people(ANNA, eve).plans(QUARTERLY);

        // when
        Statement statement = scenario.evaluator().statement(eve, PeriodRequest.CURRENT, NOV_17);

        // then
        assertEquals(List.of(), statement.results());
        assertMoney("0.00", statement.total());
    }
}
