package app.bonusbot.core.payout;

/** Why an amount is paid or taken back outside a plan's own lines. */
public enum AdjustmentKind {
    /** Entered by sales ops with {@code bonusbot adjust}, with a reason. */
    MANUAL,
    /** A deal of a closed period changed after the close and the person had been paid too much: taken back. */
    CLAWBACK,
    /** A deal of a closed period changed after the close and the person had been paid too little: paid now. */
    TOP_UP,
    /** Paid or taken back as the answer to an accepted dispute. */
    DISPUTE
}
