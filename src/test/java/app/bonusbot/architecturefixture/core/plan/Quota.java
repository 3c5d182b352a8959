package app.bonusbot.architecturefixture.core.plan;

import app.bonusbot.architecturefixture.core.people.Member;

/** The other half of a cycle between two core packages. */
public record Quota(Member owner) {}
