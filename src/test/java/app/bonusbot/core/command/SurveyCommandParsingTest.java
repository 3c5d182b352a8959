package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyCommandParsingTest {

    @Test
    void feedback_alone_asks_for_the_form() {
        assertEquals(new BonusCommand.Feedback(Optional.empty(), Optional.empty()), CommandParser.parse("/bonus feedback"));
        assertEquals(new BonusCommand.Feedback(Optional.empty(), Optional.empty()), CommandParser.parse("feedback"));
    }

    @Test
    void feedback_with_a_question_takes_the_rest_of_the_line_as_typed() {
        // when
        BonusCommand scale = CommandParser.parse("/bonus feedback clarity 4");
        BonusCommand text = CommandParser.parse("bonus  feedback comments   Clearer rules,\nplease:  fewer  bands ");
        BonusCommand bare = CommandParser.parse("feedback 3 more transparency");
        // then
        assertEquals(new BonusCommand.Feedback(Optional.of("clarity"), Optional.of("4")), scale);
        assertEquals(new BonusCommand.Feedback(Optional.of("comments"), Optional.of("Clearer rules,\nplease:  fewer  bands")), text);
        assertEquals(new BonusCommand.Feedback(Optional.of("3"), Optional.of("more transparency")), bare);
    }

    @Test
    void feedback_with_a_question_but_no_answer_is_malformed() {
        assertEquals(new BonusCommand.Malformed("error.feedback_usage", ""), CommandParser.parse("/bonus feedback clarity"));
    }

    @Test
    void survey_results_takes_an_optional_survey() {
        assertEquals(new BonusCommand.ShowSurveyResults(Optional.empty()), CommandParser.parse("/bonus survey results"));
        assertEquals(new BonusCommand.ShowSurveyResults(Optional.of("bonus-plan")), CommandParser.parse("/bonus survey RESULTS bonus-plan"));
        assertEquals(new BonusCommand.ShowSurveyResults(Optional.of("your view")), CommandParser.parse("/bonus survey results your view"));
    }

    @Test
    void survey_without_results_is_malformed() {
        assertEquals(new BonusCommand.Malformed("error.survey_usage", ""), CommandParser.parse("/bonus survey"));
        assertEquals(new BonusCommand.Malformed("error.survey_usage", ""), CommandParser.parse("/bonus survey open"));
    }
}
