package app.bonusbot.demo;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.QuestionType;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyAnswering;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.Surveys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo company's survey rounds before today: the last {@value #ROUNDS} rounds of each survey's schedule that have
 * closed, each opened, answered by most of its audience and closed as the running bot would have done it then, so the
 * survey results and the plan health report have something to show. Every answer goes the way a person's answer goes
 * ({@link SurveyAnswering}, under their respondent code), on a clock set to a moment the round was open; nothing is
 * written to the store around it.
 *
 * <p>The answers tell a story the report can find: clarity falls in the latest round (the demo's third finding, next to
 * the sellers below the threshold and the missed team pool), realistic targets are low and sinking, and evaluation
 * rises from round to round. Six, seven and six of eight sellers answer (75 %, 87.5 %, 75 %), enough for everyone's
 * results under the demo's k of 5 and too few for any team's. Free-text questions are left unanswered.
 */
public final class DemoSurveyRounds {

    /** How many finished rounds of each survey are answered. */
    public static final int ROUNDS = 3;

    /** Per round, oldest first: the share of the audience that answers. */
    private static final double[] RESPONSE = {0.75, 0.875, 0.75};

    /** Per prerequisite, per round (oldest first): the 1–5 answers of the respondents in turn, repeated when there are more. */
    private static final Map<Prerequisite, int[][]> LIKERT = Map.of(
            Prerequisite.CLARITY, new int[][] {{5, 4, 4, 5, 4, 4, 4, 5}, {4, 4, 5, 4, 4, 3, 4, 4}, {3, 3, 4, 3, 2, 4, 3, 3}},
            Prerequisite.RELEVANCE, new int[][] {{4, 4, 3, 4, 4, 3, 4, 4}, {4, 3, 4, 4, 3, 4, 4, 3}, {4, 4, 3, 4, 3, 4, 4, 3}},
            Prerequisite.ACHIEVABILITY, new int[][] {{3, 3, 2, 3, 4, 3, 3, 2}, {3, 2, 3, 3, 2, 3, 3, 2}, {2, 3, 2, 2, 3, 2, 3, 2}},
            Prerequisite.EVALUATION, new int[][] {{2, 3, 3, 2, 3, 3, 2, 3}, {3, 3, 4, 3, 3, 3, 4, 3}, {4, 3, 4, 3, 4, 4, 3, 4}},
            Prerequisite.MOTIVATION, new int[][] {{4, 4, 3, 4, 4, 4, 3, 4}, {4, 3, 4, 4, 3, 4, 4, 3}, {3, 4, 3, 4, 3, 4, 3, 4}});
    /** For questions tagged with no prerequisite. */
    private static final int[][] UNTAGGED = {{4, 3, 4, 5, 3, 4, 4, 3}, {4, 4, 3, 4, 4, 3, 5, 4}, {3, 4, 4, 3, 4, 4, 3, 4}};
    /** Per round: the option (by position) each respondent in turn picks; clearer rules come first in the latest. */
    private static final int[][] CHOICES = {{1, 1, 0, 2, 3, 1, 1, 0}, {1, 0, 1, 2, 1, 3, 0, 1}, {0, 1, 0, 0, 1, 2, 0, 3}};

    private DemoSurveyRounds() {}

    /**
     * Opens, answers and closes each survey's last {@value #ROUNDS} finished rounds, oldest first; a round opened before
     * (its occurrence claimed in the store) is left as it is.
     *
     * @param surveys the company's surveys on today's clock
     * @return the rounds opened and answered, oldest first per survey
     */
    public static List<SurveyRun> answerPastRounds(Surveys surveys) {
        List<SurveyRun> answered = new ArrayList<>();
        for (Survey survey : surveys.all()) {
            List<ZonedDateTime> occurrences = finishedOccurrences(survey, surveys.now().atZone(surveys.zone()));
            for (int i = 0; i < occurrences.size(); i++) {
                int round = ROUNDS - occurrences.size() + i;
                answer(surveys, survey, occurrences.get(i), round).ifPresent(answered::add);
            }
        }
        return answered;
    }

    /** The last {@value #ROUNDS} occurrences of the schedule whose rounds had closed by {@code now}, oldest first. */
    private static List<ZonedDateTime> finishedOccurrences(Survey survey, ZonedDateTime now) {
        List<ZonedDateTime> found = new ArrayList<>();
        Optional<ZonedDateTime> occurrence = survey.schedule().latestAtOrBefore(now);
        // Rounds are at least open_days apart and a schedule recurs, so two years back is plenty for three finished ones.
        ZonedDateTime limit = now.minusYears(2);
        while (occurrence.isPresent() && found.size() < ROUNDS && occurrence.get().isAfter(limit)) {
            if (!survey.closesAt(occurrence.get()).isAfter(now)) {
                found.add(0, occurrence.get());
            }
            occurrence = survey.schedule().latestAtOrBefore(occurrence.get().minusMinutes(1));
        }
        return found;
    }

    private static Optional<SurveyRun> answer(Surveys surveys, Survey survey, ZonedDateTime occurrence, int round) {
        Surveys atOpening = surveys.at(Clock.fixed(occurrence.toInstant(), surveys.zone()));
        if (!(new SurveyRounds(atOpening, SurveyDelivery.NONE).open(survey, occurrence) instanceof SurveyRounds.Opening.Opened opened)) {
            return Optional.empty();
        }
        SurveyRun run = opened.run();
        List<Person> respondents = respondents(surveys, survey, run, round);
        Duration open = Duration.between(run.opensAt(), run.closesAt());
        for (int r = 0; r < respondents.size(); r++) {
            // Spread over the round, as answers come in; answers keep no time of their own anyway.
            Instant at = run.opensAt().plus(open.multipliedBy(r + 1).dividedBy(respondents.size() + 2));
            SurveyAnswering answering = new SurveyAnswering(surveys.at(Clock.fixed(at, surveys.zone())));
            for (Question question : survey.questions()) {
                Optional<String> value = value(question, round, r);
                if (value.isPresent()) {
                    SurveyAnswering.Outcome outcome = answering.answerInRun(respondents.get(r), run.id(), question.id(), value.get());
                    if (!(outcome instanceof SurveyAnswering.Outcome.Saved)) {
                        throw new IllegalStateException("demo answer " + value.get() + " to " + survey.id() + "/" + question.id() + " not saved: " + outcome);
                    }
                }
            }
        }
        // The running bot's pass over the open rounds, at the deadline: it closes the round then.
        new SurveyRounds(surveys.at(Clock.fixed(run.closesAt(), surveys.zone())), SurveyDelivery.NONE).tick();
        return Optional.of(run);
    }

    /**
     * The share of the round's audience (as of its opening, by id) that answers, a different few left out each round;
     * only people still employed when it closes, so each may answer at any moment it was open.
     */
    private static List<Person> respondents(Surveys surveys, Survey survey, SurveyRun run, int round) {
        LocalDate closing = run.closesAt().atZone(surveys.zone()).toLocalDate();
        List<Person> audience = survey.audience().members(surveys.company(), run.opensAt().atZone(surveys.zone()).toLocalDate()).stream()
                .filter(p -> p.activeOn(closing))
                .sorted(Comparator.comparing(Person::id))
                .toList();
        if (audience.isEmpty()) {
            return List.of();
        }
        int answering = Math.min(audience.size(), Math.max(survey.minGroupSize(), (int) Math.ceil(audience.size() * RESPONSE[round])));
        List<Person> rotated = new ArrayList<>();
        for (int i = 0; i < audience.size(); i++) {
            rotated.add(audience.get((i + 3 * round) % audience.size()));
        }
        return rotated.subList(0, answering);
    }

    /** Respondent r's answer in the round, as typed; empty for free text. */
    private static Optional<String> value(Question question, int round, int r) {
        int[][] likert = question.prerequisite().map(LIKERT::get).orElse(UNTAGGED);
        int agreement = likert[round][r % likert[round].length];
        return switch (question.type()) {
            case LIKERT_5 -> Optional.of(String.valueOf(agreement));
            // 1–5 spread over 0–10: 1, 3, 5, 7, 9, plus one for every other respondent.
            case SCALE_0_10 -> Optional.of(String.valueOf(2 * agreement - 1 + r % 2));
            case SINGLE_CHOICE -> Optional.of(String.valueOf(CHOICES[round][r % CHOICES[round].length] % question.options().size() + 1));
            case FREE_TEXT -> Optional.empty();
        };
    }
}
