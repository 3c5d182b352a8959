package app.bonusbot.core.survey;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who may see which survey results, and the results themselves. Results are those of the latest finished round:
 * while a round is open only its response rate is shown, because results that change as answers come in would show
 * what one person just answered.
 */
public final class SurveyReports {

    private final Surveys surveys;

    public SurveyReports(Surveys surveys) {
        this.surveys = surveys;
    }

    /** What a person asking for results gets. */
    public sealed interface Report {
        /** Neither an admin nor a team's manager. */
        record NotAllowed() implements Report {}

        record NoSurveys() implements Report {}

        record UnknownSurvey(String given) implements Report {}

        /**
         * @param results the latest finished round, if any
         * @param open the round open now, if any
         * @param teams empty for everything (admins); else only these teams' results (their manager)
         */
        record Ready(Survey survey, Optional<SurveyResults> results, Optional<Progress> open, Optional<List<Team>> teams) implements Report {}
    }

    /** How far the open round has come: how many of its audience answered anything so far. */
    public record Progress(SurveyRun run, int respondents) {}

    /** Results for admins (everything) and team managers (their teams only); everyone else is refused. */
    public Report forPerson(Person viewer, Optional<String> surveyReference) {
        boolean admin = surveys.company().settings().isAdmin(viewer.id());
        List<Team> managed = surveys.company().directory().teamsManagedBy(viewer.id());
        if (!admin && managed.isEmpty()) {
            return new Report.NotAllowed();
        }
        if (surveys.all().isEmpty()) {
            return new Report.NoSurveys();
        }
        Optional<Survey> survey = surveyReference.isPresent() ? surveys.find(surveyReference.get(), surveys.languageOf(viewer)) : Optional.of(latestSurvey());
        if (survey.isEmpty()) {
            return new Report.UnknownSurvey(surveyReference.get());
        }
        return new Report.Ready(survey.get(), latest(survey.get()), progress(survey.get()), admin ? Optional.empty() : Optional.of(managed));
    }

    /** The survey whose latest round opened last; the first configured when none has run. */
    public Survey latestSurvey() {
        return surveys.all().stream()
                .filter(s -> !surveys.repository().runs(s.id()).isEmpty())
                .max(Comparator.comparing((Survey s) -> surveys.repository().runs(s.id()).get(0).opensAt()))
                .orElse(surveys.all().get(0));
    }

    /** The results of the survey's latest finished round, compared with the round before it. */
    public Optional<SurveyResults> latest(Survey survey) {
        Instant now = surveys.now();
        List<SurveyRun> finished = surveys.repository().runs(survey.id()).stream().filter(r -> r.isOverAt(now)).toList();
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResultsCalculator.Round> previous = finished.size() < 2
                ? Optional.empty()
                : Optional.of(new ResultsCalculator.Round(finished.get(1), surveys.repository().responses(finished.get(1).id())));
        SurveyRun run = finished.get(0);
        return Optional.of(ResultsCalculator.calculate(survey, run, surveys.repository().responses(run.id()), previous));
    }

    /** The survey's round open now, with how many have answered. */
    public Optional<Progress> progress(Survey survey) {
        Instant now = surveys.now();
        return surveys.repository().runs(survey.id()).stream()
                .filter(r -> r.isOpenAt(now))
                .findFirst()
                .map(r -> new Progress(r, surveys.repository().respondents(r.id()).size()));
    }
}
