package app.bonusbot.core.people;

import app.bonusbot.core.time.DateSpan;
import java.util.Objects;

/** A stretch of days a person is in a team (people.yaml {@code teams:}). */
public record TeamMembership(String teamId, DateSpan span) {

    public TeamMembership {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(span, "span");
    }
}
