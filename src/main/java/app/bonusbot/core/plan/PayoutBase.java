package app.bonusbot.core.plan;

/** What a band's rate multiplies. */
public enum PayoutBase {
    /** Commission style: the rate is a share of revenue (slice x target). */
    TARGET,
    /** Bonus style: the rate multiplies the target bonus. */
    TARGET_BONUS
}
