package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One finished round of a survey: everyone, and each team the anonymity rules let be shown on its own.
 *
 * @param opened the day it opened, in the company's zone
 * @param ended the day answering ended
 * @param responseRate respondents as a percentage of the audience, 1 decimal HALF_UP
 * @param questions everyone's answers per question
 * @param teams per team; a team's figures hidden where it has fewer than k answers, or where the other teams' shown
 *     figures would give it away by subtraction from everyone's
 */
public record SurveyRoundHealth(long runId, LocalDate opened, LocalDate ended, int audience, int respondents, BigDecimal responseRate,
        List<QuestionFigures> questions, List<TeamAnswers> teams) {

    public SurveyRoundHealth {
        questions = List.copyOf(questions);
        teams = List.copyOf(teams);
    }

    public Optional<QuestionFigures> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    /** @param responseRate hidden with the team's answers when fewer than k of it answered */
    public record TeamAnswers(String teamId, String teamName, Slice<BigDecimal> responseRate, List<QuestionFigures> questions) {
        public TeamAnswers {
            questions = List.copyOf(questions);
        }
    }
}
