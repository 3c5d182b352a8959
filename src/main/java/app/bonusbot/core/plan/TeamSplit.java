package app.bonusbot.core.plan;

/** How a team pool is shared. */
public enum TeamSplit {
    /** Equal shares among members active on the period's last day. */
    EQUAL,
    /** Pro rata to each member's own metric. */
    CONTRIBUTION
}
