package app.bonusbot.core.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the form of a round for one person in their language, with the answers they have given. */
final class SurveyForms {

    private SurveyForms() {}

    static SurveyForm of(Survey survey, SurveyRun run, Map<String, String> answers, SurveyWording w) {
        List<SurveyForm.Item> items = new ArrayList<>();
        int number = 1;
        for (Question question : survey.questions()) {
            Optional<String> answer = Optional.ofNullable(answers.get(question.id())).filter(question::fits);
            items.add(new SurveyForm.Item(question.id(), number++, w.questionText(question), question.type(), question.prerequisite(),
                    choices(question, w), w.hint(question), answer, answer.map(a -> w.answer(question, a))));
        }
        String closes = w.moment(run.closesAt());
        String intro = w.t("survey.intro", survey.minGroupSize(), closes);
        return new SurveyForm(run.id(), survey.id(), w.language(), w.surveyName(survey), intro, closes, run.closesAt(), items);
    }

    private static List<SurveyForm.Choice> choices(Question question, SurveyWording w) {
        if (question.type().numeric()) {
            return question.type().scale().stream().map(v -> new SurveyForm.Choice(Integer.toString(v),
                    question.type() == QuestionType.LIKERT_5 ? v + " · " + w.t("survey.likert." + v) : Integer.toString(v))).toList();
        }
        return question.options().stream().map(o -> new SurveyForm.Choice(o.id(), o.label().in(w.language()))).toList();
    }
}
