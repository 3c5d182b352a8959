package app.bonusbot.core.command;

import static app.bonusbot.core.command.SampleCompany.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.payout.DealChange;
import app.bonusbot.core.payout.PaidLine;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An adjustment reads as its own line, with its reason, in the reader's language. */
class AdjustmentWordingTest {

    private static final Instant AT = Instant.parse("2026-10-05T08:00:00Z");

    @Test
    void a_clawback_says_which_deal_changed_how_and_after_which_period_was_paid() {
        // GIVEN a deal of Q3 that went from won to lost after Q3 was closed
        Adjustment clawback = new Adjustment(1, "anna", "2026-Q4", Optional.of("quarterly"), d("-1234.00"), AdjustmentKind.CLAWBACK, Optional.empty(),
                Optional.of(new DealChange("D-9", "Acme renewal", "2026-Q3", DealChange.What.OUTCOME, "won", "lost")), Optional.empty(), AT, "hubspot");

        // WHEN it is worded in English and in Danish
        PaidLine english = AdjustmentWording.of(Language.EN, SampleCompany.company()).line(clawback);
        String danish = AdjustmentWording.of(Language.DA, SampleCompany.company()).describe(clawback);

        // THEN both say the deal, the period and the change, and the amount is the adjustment's
        assertEquals("Deal Acme renewal in Q3 2026 changed from won to lost after Q3 2026 was paid", english.description());
        assertEquals(d("-1234.00"), english.amount());
        assertEquals("Aftale Acme renewal i 3. kvartal 2026 blev ændret fra vundet til tabt, efter 3. kvartal 2026 var udbetalt", danish);
    }

    @Test
    void an_owner_change_names_both_people_and_a_manual_adjustment_its_reason() {
        Adjustment moved = new Adjustment(2, "anna", "2026-Q4", Optional.empty(), d("-500.00"), AdjustmentKind.CLAWBACK, Optional.empty(),
                Optional.of(new DealChange("D-3", null, "2026-Q3", DealChange.What.OWNER, "anna", "bo")), Optional.empty(), AT, "import");
        Adjustment manual = new Adjustment(3, "anna", "2026-Q4", Optional.empty(), d("250.00"), AdjustmentKind.MANUAL, Optional.of("Spiff for the fair"),
                Optional.empty(), Optional.empty(), AT, "ops");

        AdjustmentWording words = AdjustmentWording.of(Language.EN, SampleCompany.company());

        assertEquals("Deal D-3 in Q3 2026 moved from Anna Holm to Bo Jensen after Q3 2026 was paid", words.describe(moved));
        assertEquals("Adjustment: Spiff for the fair", words.describe(manual));
    }
}
