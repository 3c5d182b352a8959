package app.bonusbot.core.announce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the weekly team posts made are recorded, one per team, platform and ISO week, so that a post goes out exactly
 * once on each platform however many bot processes share the records, whichever platforms each has, and however often
 * they restart. A week is claimed before it is posted
 * and marked sent after; a claim never marked sent (its process died while posting) may be taken over after
 * {@link #STALE_AFTER}.
 */
public interface PostClaims {

    /**
     * How long a claim may stay unsent before another process takes the post over. Posting takes seconds; this leaves
     * room for a chat platform's rate limits, and means a post interrupted by a crash is sent at most this much late.
     */
    Duration STALE_AFTER = Duration.ofMinutes(15);

    /** What made the post. */
    enum Source {
        SCHEDULE,
        ANNOUNCE
    }

    /** A week's post as recorded. {@code sentAt} is null while it is only claimed. */
    record PostRecord(String teamId, String week, LocalDate postDate, Instant occurrence, Source source, Instant claimedAt, Instant sentAt) {
        public boolean sent() {
            return sentAt != null;
        }
    }

    /** The right to send one team's post of one week; only its holder can mark it sent or give it up. */
    record Claim(String teamId, String platform, String week, String token) {}

    /** The outcome of claiming a week: the claim, or the post that has the week already. */
    sealed interface ClaimResult {
        record Claimed(Claim claim) implements ClaimResult {}

        record Taken(PostRecord existing) implements ClaimResult {}
    }

    /**
     * Claims a team's week on a platform at once for all processes: the claim when the week is free there, or was
     * claimed longer than {@link #STALE_AFTER} ago and never marked sent; otherwise the post that has it.
     *
     * @param platform the platform (or platforms) the post goes to, as its delivery names it: "Slack", "Discord"
     */
    ClaimResult claim(String teamId, String platform, String week, LocalDate postDate, Instant occurrence, Source source);

    /** Marks the claimed post sent; false when the claim was taken over meanwhile (the post may then go out twice). */
    boolean markSent(Claim claim);

    /** Gives up a claim that could not be posted, so that the week can be claimed again at once. */
    void release(Claim claim);

    /** The team's post of that week on that platform, claimed or sent. */
    Optional<PostRecord> find(String teamId, String platform, String week);

    /** The team's post of that week on any platform (the first claimed), claimed or sent. */
    Optional<PostRecord> find(String teamId, String week);

    /** The day of the team's latest sent post before the given day. */
    Optional<LocalDate> lastPostBefore(String teamId, LocalDate day);
}
