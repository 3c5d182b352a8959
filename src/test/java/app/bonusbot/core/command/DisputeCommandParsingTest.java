package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@code /bonus dispute}, {@code dispute resolve} and {@code disputes} are read, typed and as structured options. */
class DisputeCommandParsingTest {

    @Test
    void a_case_keeps_its_text_as_typed_and_takes_deal_and_plan_from_anywhere_in_it() {
        // WHEN
        BonusCommand typed = CommandParser.parse("/bonus dispute deal:D-123 The Acme deal is missing,\nplease check plan:quarterly-bonus");
        // THEN
        assertEquals(new BonusCommand.OpenDispute("The Acme deal is missing,\nplease check", Optional.of("D-123"), Optional.of("quarterly-bonus")), typed);
    }

    @Test
    void dispute_open_and_discords_options_read_the_same() {
        // WHEN
        BonusCommand typed = CommandParser.parse("dispute open Wrong rate plan:quarterly-bonus");
        BonusCommand options = CommandOptions.of("dispute open", Map.of("text", "Wrong rate", "plan", "quarterly-bonus"));
        // THEN
        assertEquals(new BonusCommand.OpenDispute("Wrong rate", Optional.empty(), Optional.of("quarterly-bonus")), typed);
        assertEquals(typed, options);
    }

    @Test
    void a_case_without_text_is_malformed() {
        assertEquals(new BonusCommand.Malformed("error.dispute_usage", ""), CommandParser.parse("dispute"));
        assertEquals(new BonusCommand.Malformed("error.dispute_needs_text", ""), CommandParser.parse("dispute deal:D-1"));
    }

    @Test
    void resolve_rejects_by_default_and_accepts_with_an_optional_amount_before_the_answer() {
        assertEquals(new BonusCommand.ResolveDispute(12, false, Optional.empty(), "The deal closed in January"),
                CommandParser.parse("dispute resolve 12 The deal closed in January"));
        assertEquals(new BonusCommand.ResolveDispute(12, true, Optional.of(new BigDecimal("500.00")), "Added the Acme deal"),
                CommandParser.parse("dispute resolve 12 accept 500 Added the Acme deal"));
        assertEquals(new BonusCommand.ResolveDispute(12, true, Optional.empty(), "Right after all"), CommandParser.parse("dispute resolve #12 godkend Right after all"));
        assertEquals(new BonusCommand.ResolveDispute(12, false, Optional.empty(), "No"), CommandParser.parse("dispute resolve 12 reject No"));
    }

    @Test
    void resolve_names_what_does_not_fit() {
        assertEquals(new BonusCommand.Malformed("error.dispute_not_a_case", "twelve"), CommandParser.parse("dispute resolve twelve No"));
        assertEquals(new BonusCommand.Malformed("error.dispute_needs_answer", ""), CommandParser.parse("dispute resolve 12 accept 500"));
        assertEquals(new BonusCommand.Malformed("error.dispute_amount_needs_accept", "500"),
                CommandOptions.of("dispute resolve", Map.of("case", "12", "answer", "No", "amount", "500")));
        assertEquals(new BonusCommand.Malformed("error.amount_not_positive", "0"),
                CommandOptions.of("dispute resolve", Map.of("case", "12", "answer", "Yes", "decision", "accept", "amount", "0")));
        assertEquals(new BonusCommand.Malformed("error.dispute_not_a_decision", "maybe"),
                CommandOptions.of("dispute resolve", Map.of("case", "12", "answer", "Hm", "decision", "maybe")));
    }

    @Test
    void disputes_lists_the_callers_cases() {
        assertEquals(new BonusCommand.ListDisputes(), CommandParser.parse("/bonus disputes"));
        assertEquals(new BonusCommand.ListDisputes(), CommandOptions.of("disputes", Map.of()));
    }
}
