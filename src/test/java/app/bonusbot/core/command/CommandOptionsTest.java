package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {

    @Test
    void a_structured_command_is_the_same_command_as_its_text() {
        // then
        assertEquals(CommandParser.parse("status previous"), CommandOptions.of("status", Map.of("period", "previous")));
        assertEquals(CommandParser.parse("team"), CommandOptions.of("team", Map.of()));
        assertEquals(CommandParser.parse("whatif 100000 renewal"), CommandOptions.of("whatif", Map.of("amount", "100000", "deal_type", "renewal")));
        assertEquals(CommandParser.parse("admin status anna.holm 2026-Q3"),
                CommandOptions.of("admin status", Map.of("person", "anna.holm", "period", "2026-Q3")));
        assertEquals(CommandParser.parse("survey results bonus-plan"), CommandOptions.of("survey results", Map.of("survey", "bonus-plan")));
        assertEquals(CommandParser.parse("help"), CommandOptions.of("help", Map.of()));
    }

    @Test
    void values_of_several_words_stay_whole() {
        // then
        assertEquals(new BonusCommand.AdminStatus("Anna Holm", PeriodRequest.CURRENT), CommandOptions.of("admin status", Map.of("person", "Anna Holm")));
        assertEquals(new BonusCommand.Explain(Optional.of("Quarterly new"), PeriodRequest.CURRENT), CommandOptions.of("explain", Map.of("plan", "Quarterly new")));
        assertEquals(new BonusCommand.WhatIf(new BigDecimal("100000"), Optional.empty()), CommandOptions.of("whatif", Map.of("amount", "100 000")));
    }

    @Test
    void a_value_that_does_not_fit_is_named_as_given() {
        // then
        assertEquals(new BonusCommand.Malformed("error.not_a_period", "next quarter"), CommandOptions.of("status", Map.of("period", "next quarter")));
        assertEquals(new BonusCommand.Malformed("error.amount_not_positive", "0"), CommandOptions.of("whatif", Map.of("amount", "0")));
        assertEquals(new BonusCommand.Malformed("error.whatif_needs_amount", ""), CommandOptions.of("whatif", Map.of()));
        assertEquals(new BonusCommand.Malformed("error.unknown_command", "payday"), CommandOptions.of("payday", Map.of()));
    }

    @Test
    void a_period_word_typed_into_the_period_option_means_what_it_means_typed_after_the_command() {
        // then
        for (String word : new String[] {"forrige", "sidste", "Q4", "K4", "sidste kvartal", "2026-K3", "denne måned"}) {
            assertEquals(CommandParser.parse("status " + word), CommandOptions.of("status", Map.of("period", word)), word);
            assertEquals(CommandParser.parse("admin status anna.holm " + word),
                    CommandOptions.of("admin status", Map.of("person", "anna.holm", "period", word)), word);
        }
    }

    @Test
    void a_person_typed_in_quotes_into_the_person_option_is_the_name_without_them() {
        // then
        assertEquals(new BonusCommand.AdminStatus("Anna Holm", PeriodRequest.CURRENT), CommandOptions.of("admin status", Map.of("person", "\"Anna Holm\"")));
    }
}
