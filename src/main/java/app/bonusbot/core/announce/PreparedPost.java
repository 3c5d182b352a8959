package app.bonusbot.core.announce;

import java.util.Optional;

/**
 * A team's post ready to go: for the channel and, when configured, for the manager.
 *
 * @param week the ISO week it is recorded under, e.g. 2026-W50
 */
public record PreparedPost(TeamPost content, String week, Copy channel, Optional<Copy> managerDm) {

    /** One copy of the post: where it goes, what it says, and its chart. */
    public record Copy(TeamPostTarget target, RenderedPost post, byte[] chartPng) {}
}
