package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A person answering a survey round, whatever the platform: fetch the form, answer one question at a time. Every
 * answer is checked against its question and stored under the person's respondent code, replacing an earlier answer
 * to the same question, until the round closes.
 */
public final class SurveyAnswering {

    private final Surveys surveys;

    public SurveyAnswering(Surveys surveys) {
        this.surveys = surveys;
    }

    /** What became of an answer. */
    public sealed interface Outcome {
        /** No round is open that the person is asked in. */
        record NothingOpen() implements Outcome {}

        /** The round the answer was for is over (a button clicked after the deadline, say). */
        record Over(Survey survey, SurveyRun run) implements Outcome {}

        /** No question with that id or number; the form says which there are. */
        record UnknownQuestion(SurveyForm form, String given) implements Outcome {}

        /** The answer does not fit the question; {@code problem} says what does, in the person's language. */
        record Refused(SurveyForm form, SurveyForm.Item question, String problem) implements Outcome {}

        /** Stored; {@code form} has it, so the next question is {@code form.nextUnansweredAfter(question.id())}. */
        record Saved(SurveyForm form, SurveyForm.Item question) implements Outcome {}
    }

    /** The form of the round the person may answer now, with their answers so far. */
    public Optional<SurveyForm> form(Person person) {
        return surveys.currentFor(person).map(r -> surveys.formFor(person, r.survey(), r.run()));
    }

    /** Answers a question (by id or number) of the round the person may answer now. */
    public Outcome answer(Person person, String question, String input) {
        Optional<Surveys.SurveyRound> round = surveys.currentFor(person);
        if (round.isEmpty()) {
            return new Outcome.NothingOpen();
        }
        return answer(person, round.get().survey(), round.get().run(), question, input);
    }

    /** Answers a question of a given round: what a button or modal sends back, which may arrive after the round closed. */
    public Outcome answerInRun(Person person, long runId, String question, String input) {
        for (SurveyRun run : surveys.repository().unclosedRuns()) {
            if (run.id() == runId) {
                Optional<Survey> survey = surveys.byId(run.surveyId());
                if (survey.isEmpty() || !surveys.mayAnswer(survey.get(), run, person, surveys.now())) {
                    return new Outcome.NothingOpen();
                }
                return answer(person, survey.get(), run, question, input);
            }
        }
        return surveys.all().stream()
                .flatMap(s -> surveys.repository().runs(s.id()).stream().filter(r -> r.id() == runId).map(r -> (Outcome) new Outcome.Over(s, r)))
                .findFirst()
                .orElse(new Outcome.NothingOpen());
    }

    /**
     * A question of a given round as the person may answer it now, for buttons that step through a form or open a
     * text box: {@code Refused} with the form and the question (nothing was answered), or why not ({@code Over},
     * {@code NothingOpen}, {@code UnknownQuestion}). Asked as a blank answer, which every question refuses before
     * anything is stored, so the checks are exactly those of answering.
     */
    public Outcome questionInRun(Person person, long runId, String question) {
        return answerInRun(person, runId, question, "");
    }

    private Outcome answer(Person person, Survey survey, SurveyRun run, String questionRef, String input) {
        Instant now = surveys.now();
        if (!run.isOpenAt(now)) {
            return new Outcome.Over(survey, run);
        }
        SurveyForm form = surveys.formFor(person, survey, run);
        Optional<SurveyForm.Item> item = form.item(questionRef);
        if (item.isEmpty()) {
            return new Outcome.UnknownQuestion(form, questionRef);
        }
        Question question = survey.question(item.get().id()).orElseThrow();
        SurveyWording w = surveys.wording(form.language());
        Question.Reading reading = question.read(input, form.language());
        if (reading instanceof Question.Reading.Refused refused) {
            return new Outcome.Refused(form, item.get(), w.t(refused.textKey(), refused.args().toArray()));
        }
        String value = ((Question.Reading.Accepted) reading).value();
        if (!surveys.repository().saveAnswers(run.id(), surveys.respondent(person, run), Audience.groupOf(person), Map.of(question.id(), value), now)) {
            return new Outcome.Over(survey, run);
        }
        SurveyForm after = surveys.formFor(person, survey, run);
        return new Outcome.Saved(after, after.item(question.id()).orElseThrow());
    }
}
