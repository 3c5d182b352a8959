package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.SurveyForm;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyComponentIdTest {

    private static SurveyForm form(SurveyForm.Item item) {
        return new SurveyForm(123_456_789_012_345_678L, "bonus-plan", Language.EN, "Survey", "Intro", "soon", Instant.EPOCH, List.of(item));
    }

    private static SurveyForm.Item choice(String id, List<SurveyForm.Choice> choices) {
        return new SurveyForm.Item(id, 7, "Pick", QuestionType.SINGLE_CHOICE, Optional.empty(), choices, "Pick one", Optional.empty(), Optional.empty());
    }

    @Test
    void an_answer_button_says_which_round_question_and_choice_it_stands_for() {
        // given
        SurveyForm.Item item = choice("first-change", List.of(new SurveyForm.Choice("targets", "More realistic targets")));
        // when
        SurveyComponentId id = SurveyComponentId.answer(form(item), item, item.choices().get(0));
        // then
        assertEquals("bonusbot-survey:123456789012345678:first-change:a:targets", id.encoded());
        assertEquals(Optional.of(id), SurveyComponentId.parse(id.encoded()));
    }

    @Test
    void ids_too_long_for_discord_go_as_the_questions_number_and_the_options_position() {
        // given
        String longQuestion = "q".repeat(90);
        SurveyForm.Item item = choice(longQuestion, List.of(new SurveyForm.Choice("a", "A"), new SurveyForm.Choice("o".repeat(90), "Long")));
        // when
        SurveyComponentId answer = SurveyComponentId.answer(form(item), item, item.choices().get(1));
        SurveyComponentId next = SurveyComponentId.of(form(item), item, SurveyComponentId.Action.NEXT);
        // then
        assertEquals("bonusbot-survey:123456789012345678:7:a:2", answer.encoded());
        assertEquals("bonusbot-survey:123456789012345678:7:n", next.encoded());
        assertTrue(SurveyComponentId.answer(form(item), item, item.choices().get(0)).encoded().length() <= 100);
    }

    @Test
    void ids_that_are_not_bonusbots_or_are_garbled_are_not_read() {
        // when / then
        assertEquals(Optional.empty(), SurveyComponentId.parse("poll:1:clarity:a:4"));
        assertEquals(Optional.empty(), SurveyComponentId.parse("bonusbot-survey:x:clarity:a:4"));
        assertEquals(Optional.empty(), SurveyComponentId.parse("bonusbot-survey:1:clarity:a"));
        assertEquals(Optional.empty(), SurveyComponentId.parse("bonusbot-survey:1:clarity:n:4"));
        assertEquals(Optional.empty(), SurveyComponentId.parse("bonusbot-survey:1:clarity:z"));
        assertEquals(Optional.empty(), SurveyComponentId.parse(null));
    }
}
