package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuggestionTest {

    @Test
    void a_name_longer_than_a_hundred_characters_is_cut_with_an_ellipsis() {
        // given
        String question = "12. " + "How fair is it ".repeat(10);
        // when
        Suggestion suggestion = Suggestion.of(question, "fairness");
        // then
        assertEquals(100, suggestion.name().length());
        assertTrue(suggestion.name().endsWith("…"), suggestion.name());
        assertTrue(question.startsWith(suggestion.name().substring(0, 99)), suggestion.name());
        assertEquals("fairness", suggestion.value());
    }

    @Test
    void a_value_that_does_not_fit_is_never_cut_but_refused() {
        // given
        String value = "x".repeat(101);
        // then
        assertFalse(Suggestion.fits(value));
        assertTrue(Suggestion.fits("x".repeat(100)));
        assertThrows(IllegalArgumentException.class, () -> Suggestion.of("long", value));
    }

    @Test
    void matches_what_was_typed_anywhere_in_the_name_or_value_whatever_the_case() {
        // given
        Suggestion plan = new Suggestion("Quarterly new business bonus (quarterly-bonus)", "quarterly-bonus");
        // then
        assertTrue(plan.matches(" NEW "));
        assertTrue(plan.matches(""));
        assertTrue(plan.startsWith("quart"));
        assertFalse(plan.startsWith("new"));
        assertFalse(plan.matches("kicker"));
    }
}
