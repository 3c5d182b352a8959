package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.reply.Reply;
import java.util.Optional;

/** The survey commands of the chat: {@code /bonus feedback [question answer]} and {@code /bonus survey results [survey]}. */
public final class SurveyCommands {

    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final SurveyReports reports;

    public SurveyCommands(Surveys surveys) {
        this.surveys = surveys;
        this.answering = new SurveyAnswering(surveys);
        this.reports = new SurveyReports(surveys);
    }

    public SurveyAnswering answering() {
        return answering;
    }

    public Optional<Person> person(String personId) {
        return personId == null ? Optional.empty() : surveys.company().directory().person(personId);
    }

    /** The form of the round the person with this id may answer now; empty for someone unknown or with nothing open. */
    public Optional<SurveyForm> openForm(String personId) {
        return person(personId).flatMap(answering::form);
    }

    /** The person's language, for adapters that word their own prompts. */
    public SurveyWording wording(Person person) {
        return surveys.wording(surveys.languageOf(person));
    }

    /** The company's language, for someone Bonusbot does not know. */
    public SurveyWording companyWording() {
        return surveys.wording(surveys.company().settings().language());
    }

    /** Without a question, the form of the open survey; with one, the answer stored and the next question. */
    public Reply feedback(Person person, Optional<String> question, Optional<String> answer) {
        FeedbackView view = new FeedbackView(surveys.wording(surveys.languageOf(person)));
        if (question.isEmpty()) {
            return answering.form(person).map(view::form).orElseGet(view::nothingOpen);
        }
        return view.outcome(answering.answer(person, question.get(), answer.orElse("")));
    }

    /** Results for admins (everything) and managers (their teams); everyone else is told politely why not. */
    public SurveyResultsAnswer results(Person viewer, Optional<String> survey) {
        SurveyWording w = surveys.wording(surveys.languageOf(viewer));
        SurveyReports.Report report = reports.forPerson(viewer, survey);
        if (report instanceof SurveyReports.Report.Ready ready) {
            return new SurveyResultsView(w, surveys.company().directory()).render(ready.survey(), ready.results(), ready.open(),
                    ready.teams().map(teams -> teams.stream().map(Team::id).toList()));
        }
        String text;
        if (report instanceof SurveyReports.Report.NotAllowed) {
            text = w.t("results.not_allowed");
        } else if (report instanceof SurveyReports.Report.UnknownSurvey unknown) {
            text = w.t("results.unknown_survey", unknown.given(), String.join(", ", surveys.all().stream().map(Survey::id).toList()));
        } else {
            text = w.t("results.no_surveys");
        }
        return SurveyResultsAnswer.text(Reply.builder(text).text(text).build());
    }
}
