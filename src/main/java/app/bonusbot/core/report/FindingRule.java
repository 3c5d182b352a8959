package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The documented rules a finding comes from, each with the threshold settings.yaml can change
 * ({@code report: rules: <configName>: <number>}, or {@code off}). README "Plan health report" lists them.
 */
public enum FindingRule {
    /** Share of a plan's sellers below its threshold at or above this percentage: the target may be unrealistic. */
    BELOW_THRESHOLD("below_threshold_share", new BigDecimal("50")),
    /** Share of a plan's sellers at the cap at or above this percentage: the cap may limit motivation. */
    CAP_HIT("cap_hit_share", new BigDecimal("10")),
    /** A prerequisite's mean fell by at least this many points from one round to the next. */
    SURVEY_DROP("survey_drop", new BigDecimal("0.5")),
    /** The company's cost of sales rose by at least this many percentage points from the previous period. */
    COST_OF_SALES_RISE("cost_of_sales_rise", new BigDecimal("1.0")),
    /** The top 10 % of a plan's people took at least this percentage of its payout. */
    TOP_SHARE("top_share", new BigDecimal("50")),
    /** A team's pool was not earned in this many periods in a row, up to the report's. */
    POOL_MISSED("pool_missed_periods", new BigDecimal("3")),
    /** A survey's latest round was answered by fewer than this percentage of its audience. */
    LOW_RESPONSE("response_rate_below", new BigDecimal("50"));

    private final String configName;
    private final BigDecimal defaultThreshold;

    FindingRule(String configName, BigDecimal defaultThreshold) {
        this.configName = configName;
        this.defaultThreshold = defaultThreshold;
    }

    /** The word in settings.yaml under {@code report: rules:}. */
    public String configName() {
        return configName;
    }

    public BigDecimal defaultThreshold() {
        return defaultThreshold;
    }

    /** The rule's id in findings and the README: its config name. */
    public String id() {
        return configName;
    }

    /** The start of the keys of its wordings in the texts. */
    public String textKey() {
        return "report.finding." + name().toLowerCase(Locale.ROOT);
    }
}
