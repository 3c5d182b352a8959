package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.payout.DealChange;
import app.bonusbot.core.payout.NotClawedBack;
import app.bonusbot.core.survey.Surveys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /bonus status and explain with the adjustments the store's book holds for the asker's period, through the port. */
class AdjustmentLinesTest {

    private final TextRenderer renderer = new TextRenderer();
    private final List<String> asked = new ArrayList<>();

    private static Adjustment manual(String person, String amount, String reason) {
        return new Adjustment(1, person, "2026-Q4", Optional.empty(), new BigDecimal(amount), AdjustmentKind.MANUAL, Optional.of(reason), Optional.empty(),
                Optional.empty(), Instant.parse("2026-11-20T10:00:00Z"), "cli");
    }

    private static Adjustment notTaken(String person) {
        return new Adjustment(2, person, "2026-Q4", Optional.of("new-business"), new BigDecimal("0.00"), AdjustmentKind.CLAWBACK,
                Optional.of(NotClawedBack.reason("window:30", new BigDecimal("-800.00"))),
                Optional.of(new DealChange("D-9", "Acme", "2026-Q3", DealChange.What.OUTCOME, "won", "lost")), Optional.empty(),
                Instant.parse("2026-11-20T10:00:00Z"), "import");
    }

    private CommandHandler handler() {
        AdjustmentBook book = (person, period) -> {
            asked.add(person + " " + period);
            return period.equals("2026-Q4") ? List.of(manual(person, "1500.00", "Spiff for the Acme deal"), notTaken(person)) : List.of();
        };
        var company = SampleCompany.company();
        return new CommandHandler(() -> company, SampleCompany.deals(), SampleCompany.CLOCK, Surveys.none(() -> company, SampleCompany.CLOCK),
                CrmFreshness.NONE, book);
    }

    @Test
    void status_shows_each_adjustment_with_its_reason_in_the_readers_language_and_explain_adds_what_was_not_clawed_back() {
        // GIVEN a spiff and a clawback the plan's window did not let it take, paid with Q4 2026
        CommandHandler handler = handler();
        // WHEN Anna (English) and Bo (Danish) ask for status and explain
        String anna = renderer.render(handler.handle("anna", "status"));
        String bo = renderer.render(handler.handle("bo", "status"));
        String annaExplain = renderer.render(handler.handle("anna", "explain"));
        String boExplain = renderer.render(handler.handle("bo", "explain"));
        // THEN status shows the spiff as its own line with its reason; the 0.00 clawback is left to explain
        assertTrue(anna.contains("Adjustments") && anna.contains("Adjustment: Spiff for the Acme deal"), anna);
        assertFalse(anna.contains("not clawed back"), anna);
        assertTrue(bo.contains("Reguleringer") && bo.contains("Regulering: Spiff for the Acme deal"), bo);
        // AND explain says why the clawback was not taken, in each language
        assertTrue(annaExplain.contains("Deal Acme in Q3 2026 changed from won to lost after Q3 2026 was paid; not clawed back: the plan's 30-day window had passed"),
                annaExplain);
        assertTrue(boExplain.contains("ikke modregnet: planens frist på 30 dage var udløbet"), boExplain);
    }

    @Test
    void explain_of_one_plan_leaves_the_adjustments_out_and_a_person_without_any_gets_no_heading() {
        CommandHandler handler = handler();
        // WHEN explain is asked for one plan, and status for a period without adjustments
        String onePlan = renderer.render(handler.handle("anna", "explain new-business"));
        String previous = renderer.render(handler.handle("anna", "status previous"));
        // THEN neither shows adjustments
        assertFalse(onePlan.contains("Adjustment"), onePlan);
        assertFalse(previous.contains("Adjustments"), previous);
        // AND each answer asked the book once per period its plans have
        assertTrue(asked.stream().allMatch(a -> a.startsWith("anna ")), asked.toString());
    }
}
