package app.bonusbot.core.report;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.survey.GroupResult;
import app.bonusbot.core.survey.QuestionResult;
import app.bonusbot.core.survey.ResultsCalculator;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyResults;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.Surveys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The survey side of the report: each survey's finished rounds that opened within the report's periods, with what
 * {@link ResultsCalculator} lets be shown (k-anonymity per group and question, and no team whose answers the other
 * teams' would give away by subtraction). Nothing is sliced further than it slices: no team per question per round
 * beyond its results, and no slice by plan or period that it did not decide on.
 */
final class SurveySections {

    private final Surveys surveys;
    private final Directory directory;

    SurveySections(Surveys surveys, Directory directory) {
        this.surveys = surveys;
        this.directory = directory;
    }

    List<SurveyHealth> of(LocalDate from, LocalDate to) {
        List<SurveyHealth> all = new ArrayList<>();
        Instant now = surveys.now();
        for (Survey survey : surveys.all()) {
            List<SurveyRun> runs = surveys.repository().runs(survey.id()).stream()
                    .filter(r -> r.isOverAt(now))
                    .filter(r -> !day(r.opensAt()).isBefore(from) && !day(r.opensAt()).isAfter(to))
                    .sorted(Comparator.comparing(SurveyRun::opensAt))
                    .toList();
            List<SurveyRoundHealth> rounds = new ArrayList<>();
            for (SurveyRun run : runs) {
                rounds.add(round(ResultsCalculator.calculate(survey, run, surveys.repository().responses(run.id()), Optional.empty())));
            }
            all.add(new SurveyHealth(survey.id(), survey.name(), survey.minGroupSize(), rounds, Trends.of(survey, rounds)));
        }
        return all;
    }

    private SurveyRoundHealth round(SurveyResults results) {
        GroupResult everyone = results.everyone();
        List<SurveyRoundHealth.TeamAnswers> teams = new ArrayList<>();
        int k = results.survey().minGroupSize();
        for (GroupResult team : results.teams()) {
            String id = team.team().orElseThrow();
            Slice<BigDecimal> rate = team.shown() ? Slice.shown(Share.of(team.respondents(), team.audience()).percent()) : Slice.hidden(k);
            teams.add(new SurveyRoundHealth.TeamAnswers(id, directory.team(id).map(Team::name).orElse(id), rate, questions(team, k)));
        }
        SurveyRun run = results.run();
        return new SurveyRoundHealth(run.id(), day(run.opensAt()), day(run.endedAt()), everyone.audience(), everyone.respondents(),
                Share.of(everyone.respondents(), everyone.audience()).percent(), questions(everyone, k), teams);
    }

    private static List<QuestionFigures> questions(GroupResult group, int k) {
        List<QuestionFigures> figures = new ArrayList<>();
        for (QuestionResult q : group.questions()) {
            Slice<QuestionFigures.Answers> answers = q.shown()
                    ? Slice.shown(new QuestionFigures.Answers(q.answered(), q.mean(), q.distribution(), Share.of(q.answered(), group.audience()).percent()))
                    : Slice.hidden(k);
            figures.add(new QuestionFigures(q.question().id(), q.question().text(), q.question().prerequisite(), answers));
        }
        return figures;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(surveys.zone()).toLocalDate();
    }
}
