package app.bonusbot.architecturefixture.core.people;

import app.bonusbot.architecturefixture.core.plan.Quota;

/** Half of a cycle between two core packages. */
public record Member(Quota quota) {}
