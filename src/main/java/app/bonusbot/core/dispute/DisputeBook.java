package app.bonusbot.core.dispute;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cases as the store keeps them. Opening and resolving each record their audit entry in the same write, so there
 * is no step without its entry.
 */
public interface DisputeBook {

    /** Stores a new case, numbered by the store; the seller is its actor. */
    Dispute open(NewDispute dispute);

    /**
     * Resolves an open case once: a second resolve changes nothing and says who resolved it.
     *
     * @param by the admin's person id, or {@code cli}
     */
    Resolution resolve(long number, DisputeVerdict verdict, String by, Instant at);

    Optional<Dispute> byNumber(long number);

    /**
     * Cases newest first.
     *
     * @param personId empty for everyone's
     * @param openOnly only the cases still open
     */
    List<Dispute> list(Optional<String> personId, boolean openOnly);

    /** Resolved cases whose seller has not been told yet, oldest first. */
    List<Dispute> untold();

    /**
     * Claims telling the seller of a resolved case: true for the one caller that claims it, so that two processes never
     * both send the answer. A delivery that fails gives the claim back ({@link #untell}).
     */
    boolean claimTelling(long number, Instant at);

    /** Gives back a claim whose delivery failed, for the next attempt. */
    void untell(long number);
}
