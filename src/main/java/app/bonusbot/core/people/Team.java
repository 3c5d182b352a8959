package app.bonusbot.core.people;

import java.util.Objects;

/** A sales team. The manager may or may not be a member of the team they manage. */
public record Team(String id, String name, String managerId) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
