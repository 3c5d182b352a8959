package app.bonusbot.core.survey;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One round of a survey: opened at an occurrence of its schedule (or by hand), open until {@code closesAt} or until
 * closed early.
 *
 * @param occurrence what the round was opened for: the schedule's local date-time, or {@code manual <instant>}
 * @param audience how many people the round was for, per group (team id, or {@link Audience#NO_TEAM}), as of opening
 */
public record SurveyRun(long id, String surveyId, String occurrence, Instant opensAt, Instant closesAt, Optional<Instant> closedAt,
        Map<String, Integer> audience) {

    public SurveyRun {
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(closedAt, "closedAt");
        audience = Map.copyOf(new TreeMap<>(audience));
    }

    /** Whether answers are taken at this moment. */
    public boolean isOpenAt(Instant now) {
        return closedAt.isEmpty() && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Whether the round is over: closed early, or its deadline passed (even before the closing routine ran). */
    public boolean isOverAt(Instant now) {
        return closedAt.isPresent() || !now.isBefore(closesAt);
    }

    /** When answering ended or ends: the early close, else the deadline. */
    public Instant endedAt() {
        return closedAt.orElse(closesAt);
    }

    public int audienceSize() {
        return audience.values().stream().mapToInt(Integer::intValue).sum();
    }
}
