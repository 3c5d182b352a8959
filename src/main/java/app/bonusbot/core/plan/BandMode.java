package app.bonusbot.core.plan;

public enum BandMode {
    /** Each band pays its own slice of attainment at its own rate. */
    MARGINAL,
    /** All of attainment is paid at the rate of the band it ends in. */
    RETROACTIVE
}
