package app.bonusbot.core.plan;

/** What a metric measures over the deals closed in a period. */
public enum MetricKind {
    /** Sum of the amounts of won deals. */
    SUM,
    /** Number of won deals. */
    COUNT,
    /** won / (won + lost); 0 when nothing closed. */
    WIN_RATE;

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
