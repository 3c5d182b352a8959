package app.bonusbot.core.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where survey rounds and answers are kept. Answers are stored under a respondent code (see {@link RespondentKey}),
 * never a person id, and without the time they were given.
 */
public interface SurveyRepository {

    /**
     * Records a new round, which claims the occurrence for this process: empty when a round of this survey for this
     * occurrence exists already (another process or an earlier run opened it), and then the caller does nothing.
     */
    Optional<SurveyRun> claimRun(String surveyId, String occurrence, Instant opensAt, Instant closesAt, Map<String, Integer> audience);

    /** Claims a step of a round, such as delivering it or sending its reminders: true for exactly one caller, ever. */
    boolean claimStep(long runId, String step);

    /** The steps of a round claimed so far; a cheap read before trying a claim. */
    Set<String> claimedSteps(long runId);

    /**
     * Claims sending a step of a round (delivering it, reminding) to one recipient: true for exactly one caller, ever,
     * however many processes try. {@code recipient} is a recipient code ({@link RespondentKey#recipient}), never a
     * person id, nor the respondent code answers are stored under.
     */
    boolean claimSend(long runId, String step, String recipient);

    /** The recipient codes a step of a round was claimed for so far; a cheap read before trying claims. */
    Set<String> sentTo(long runId, String step);

    /** Every round of a survey, the latest opened first. */
    List<SurveyRun> runs(String surveyId);

    /** Rounds not yet closed, of every survey. */
    List<SurveyRun> unclosedRuns();

    /**
     * Closes a round at {@code at}: true for the caller that closed it, false when it was closed already. Its send
     * claims go with it: they are needed only while it can still be sent.
     */
    boolean close(long runId, Instant at);

    /** A respondent's answers in a round, by question id; empty when they have not answered. */
    Map<String, String> answers(long runId, String respondent);

    /**
     * Stores a respondent's answers to some questions, replacing earlier answers to the same questions. Refused (false)
     * when the round is over at {@code now}, checked in the same transaction as the write.
     */
    boolean saveAnswers(long runId, String respondent, String group, Map<String, String> answers, Instant now);

    /** The respondent codes of everyone who answered anything in a round. */
    Set<String> respondents(long runId);

    /** Every response in a round, in no meaningful order and with no respondent code. */
    List<Response> responses(long runId);
}
