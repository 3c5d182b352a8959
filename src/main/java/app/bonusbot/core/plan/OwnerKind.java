package app.bonusbot.core.plan;

/** Targets belong to a person (performance plans) or a team (team plans). */
public enum OwnerKind {
    PERSON,
    TEAM
}
