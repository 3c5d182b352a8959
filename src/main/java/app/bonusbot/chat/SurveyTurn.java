package app.bonusbot.chat;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.FeedbackView;
import app.bonusbot.core.survey.SurveyAnswering;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyWording;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answering a survey on any chat platform: a button clicked, a text box submitted or a line typed becomes the
 * answer to a question of a round, and its outcome is worded in the person's language for the platform to render.
 * Someone Bonusbot does not know, or a click the platform could not read, finds nothing open; a failure becomes an
 * apology. The platforms keep their transport, their identity lookup and their rendering.
 */
public final class SurveyTurn {

    /** The question of a round a button or text box is for. */
    public record At(long runId, String question) {}

    private final SurveyCommands surveys;
    private final Supplier<Company> company;

    /** @param company the company as of now, for the language of someone not known */
    public SurveyTurn(SurveyCommands surveys, Supplier<Company> company) {
        this.surveys = surveys;
        this.company = company;
    }

    /**
     * @param who the platform's lookup of the person, run inside the turn so that its failure is answered as one
     * @param at empty when the platform could not read what was clicked
     */
    public SurveyOutcome answer(Supplier<Optional<Person>> who, Optional<At> at, String value) {
        try {
            Optional<Person> person = who.get();
            if (person.isEmpty() || at.isEmpty()) {
                return nothingOpenForStranger();
            }
            return outcome(person.get(), surveys.answering().answerInRun(person.get(), at.get().runId(), at.get().question(), value));
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /**
     * A question as the person may answer it now, to show it or open its text box: {@link SurveyOutcome.AtQuestion},
     * or why not. Nothing is stored.
     */
    public SurveyOutcome question(Supplier<Optional<Person>> who, Optional<At> at) {
        try {
            Optional<Person> person = who.get();
            if (person.isEmpty() || at.isEmpty()) {
                return nothingOpenForStranger();
            }
            SurveyAnswering.Outcome outcome = surveys.answering().questionInRun(person.get(), at.get().runId(), at.get().question());
            if (outcome instanceof SurveyAnswering.Outcome.Refused asked) {
                SurveyWording w = surveys.wording(person.get());
                return new SurveyOutcome.AtQuestion(asked.form(), asked.question(), new FeedbackView(w).prompt(asked.question()), texts(w));
            }
            return outcome(person.get(), outcome);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** For a platform that has no worker free to take the answer. */
    public SurveyOutcome.Busy busy() {
        return new SurveyOutcome.Busy(ChatLanguage.fallback(company));
    }

    /** For a platform whose own part failed (reading the click, opening a text box). */
    public SurveyOutcome.Failed failed(RuntimeException cause) {
        return new SurveyOutcome.Failed(ChatLanguage.fallback(company), cause);
    }

    private SurveyOutcome outcome(Person person, SurveyAnswering.Outcome outcome) {
        SurveyWording w = surveys.wording(person);
        Texts texts = texts(w);
        FeedbackView view = new FeedbackView(w);
        if (outcome instanceof SurveyAnswering.Outcome.Saved saved) {
            return new SurveyOutcome.Recorded(saved.form(), saved.question(), view.saved(saved), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Refused refused) {
            return new SurveyOutcome.Refused(refused.form(), refused.question(), refused.problem(), view.refused(refused), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.UnknownQuestion unknown) {
            return new SurveyOutcome.UnknownQuestion(unknown.form(), unknown.given(), view.unknownQuestion(unknown), texts);
        }
        if (outcome instanceof SurveyAnswering.Outcome.Over over) {
            return new SurveyOutcome.RoundClosed(view.over(over), texts);
        }
        return new SurveyOutcome.NothingOpen(view.nothingOpen(), texts);
    }

    private SurveyOutcome nothingOpenForStranger() {
        return new SurveyOutcome.NothingOpen(new FeedbackView(surveys.companyWording()).nothingOpen(), ChatLanguage.fallback(company));
    }

    private static Texts texts(SurveyWording w) {
        return Texts.of(w.language());
    }
}
