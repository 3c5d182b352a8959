package app.bonusbot.core.survey;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feedback survey as configured in surveys.yaml. Each occurrence of the schedule opens a round (a {@link SurveyRun})
 * that closes {@code openDays} days later at the same local time.
 *
 * @param scheduleText the schedule as written, for messages
 * @param minGroupSize k: results of a group are shown only when at least this many in it answered
 */
public record Survey(String id, LocalizedText name, List<Question> questions, Schedule schedule, String scheduleText, int openDays,
        Optional<Reminder> reminder, Audience audience, int minGroupSize) {

    /** k when surveys.yaml does not say. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    /** Below three, a group's results would let two people who talk work out the third one's answers. */
    public static final int LOWEST_MIN_GROUP_SIZE = 3;

    public Survey {
        Objects.requireNonNull(id, "id");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("survey " + id + " has no questions");
        }
        if (openDays < 1) {
            throw new IllegalArgumentException("survey " + id + ": open_days must be at least 1");
        }
        if (minGroupSize < LOWEST_MIN_GROUP_SIZE) {
            throw new IllegalArgumentException("survey " + id + ": min_group_size must be at least " + LOWEST_MIN_GROUP_SIZE);
        }
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** When a round opened at {@code opens} closes: the same local time {@code openDays} days later. */
    public ZonedDateTime closesAt(ZonedDateTime opens) {
        return opens.plusDays(openDays);
    }
}
