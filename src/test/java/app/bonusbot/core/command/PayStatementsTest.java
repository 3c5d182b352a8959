package app.bonusbot.core.command;

import static app.bonusbot.core.command.SampleCompany.ANNA;
import static app.bonusbot.core.command.SampleCompany.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pay statement says every plan's lines as explain says them, adds the adjustments, and never counts stock as cash. */
class PayStatementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Period Q4 = Period.parse("2026-Q4").orElseThrow();

    private final Company company = SampleCompany.company();
    private final Statement statement = new Evaluator(company, SampleCompany.deals()).statement(ANNA, new PeriodRequest.Explicit(Q4), TODAY);

    @Test
    void every_plan_line_is_worded_as_explain_words_it() {
        // GIVEN Anna's statement of Q4 and the explanation of the same figures
        Reply explain = new ExplainView(Wording.of(Language.EN, company.settings()), SampleCompany.deals(), company.versions()).render(statement);
        List<String> explained = explain.blocks().stream().filter(b -> b instanceof Block.Calculation).map(b -> ((Block.Calculation) b).description().strip())
                .toList();

        // WHEN it becomes a pay statement in English
        PayStatement pay = new PayStatements(company, AdjustmentBook.NONE).of(statement, Q4, Language.EN, Optional.empty());

        // THEN each plan is there with its cash, and each line's words are a line of the explanation
        assertEquals(List.of("new-business", "team-pool", "milestones", "retention", "stock"), pay.plans().stream().map(PaidPlan::planId).toList());
        int lines = 0;
        for (PaidPlan plan : pay.plans()) {
            for (PaidLine line : plan.lines()) {
                lines++;
                String words = line.description().startsWith("Big renewals · ") ? line.description().substring("Big renewals · ".length()) : line.description();
                assertTrue(explained.contains(words), words + " is not said by explain: " + explained);
            }
        }
        assertTrue(lines >= 3, "the sample pays on several lines");
        assertEquals(statement.total(), pay.total());
        assertEquals("2026-Q4", pay.periodKey());
        assertEquals("Q4 2026", pay.periodLabel());
        assertEquals("anna", pay.employeeId());
        assertFalse(pay.isClosed());
    }

    @Test
    void stock_is_shares_and_their_value_never_cash() {
        PayStatement pay = new PayStatements(company, AdjustmentBook.NONE).of(statement, Q4, Language.EN, Optional.empty());

        PaidPlan stock = pay.plans().stream().filter(p -> p.planId().equals("stock")).findFirst().orElseThrow();
        assertEquals(d("0.00"), stock.cash());
        assertTrue(stock.stock().isPresent());
        assertTrue(stock.stock().get().vestedUnits() > 0);
        assertTrue(stock.stock().get().vestedValue().signum() > 0);
        BigDecimal plansCash = pay.plans().stream().map(PaidPlan::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, plansCash.compareTo(pay.total()), "the total is the plans' cash, without the stock's value");
    }

    @Test
    void adjustments_are_own_lines_in_the_readers_language_and_in_the_total() {
        // GIVEN a manual adjustment paid with Q4 and a closed period
        Adjustment spiff = new Adjustment(7, "anna", "2026-Q4", Optional.empty(), d("250.00"), AdjustmentKind.MANUAL, Optional.of("Messe"),
                Optional.empty(), Optional.empty(), Instant.parse("2026-11-20T09:00:00Z"), "mia");
        AdjustmentBook book = (person, period) -> person.equals("anna") && period.equals("2026-Q4") ? List.of(spiff) : List.of();
        PeriodClose closed = new PeriodClose("2026-Q4", Instant.parse("2027-01-03T09:00:00Z"), "mia");

        // WHEN the statement is made in Danish
        PayStatement pay = new PayStatements(company, book).of(statement, Q4, Language.DA, Optional.of(closed));

        // THEN the adjustment is its own Danish line, counted in the total, and the plan lines are Danish too
        assertEquals(List.of(new PaidLine(AdjustmentWording.of(Language.DA, company).describe(spiff), d("250.00"))), pay.adjustments());
        assertEquals(statement.total().add(d("250.00")), pay.total());
        assertTrue(pay.plans().get(0).lines().get(0).description().startsWith("Trin "), pay.plans().get(0).lines().toString());
        assertEquals("4. kvartal 2026", pay.periodLabel());
        assertTrue(pay.isClosed());
    }
}
