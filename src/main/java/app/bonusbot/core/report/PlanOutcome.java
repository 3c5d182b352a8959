package app.bonusbot.core.report;

import app.bonusbot.core.survey.Prerequisite;

/**
 * The plan outcome a prerequisite speaks about, shown next to its survey answers: what people say about realistic
 * targets next to how many reached the threshold, and so on.
 */
public enum PlanOutcome {
    /** Plan versions that took effect in the period: clarity suffers when the plan changes. */
    PLAN_CHANGES,
    /** The company's cash payout as a share of the revenue it paid on: whether the plan pays for what matters. */
    COST_OF_SALES,
    /** Share of sellers (all performance plans with a threshold) who reached it. */
    REACHED_THRESHOLD,
    /** Share of sellers (all performance plans with a target) at or above target. */
    ABOVE_TARGET,
    /**
     * Respondents as a share of the audience of every survey round that opened in the period: how many of those asked
     * took part in evaluating the plan.
     */
    RESPONSE_RATE;

    /** The outcome shown next to a prerequisite. */
    public static PlanOutcome of(Prerequisite prerequisite) {
        return switch (prerequisite) {
            case CLARITY -> PLAN_CHANGES;
            case RELEVANCE -> COST_OF_SALES;
            case ACHIEVABILITY -> REACHED_THRESHOLD;
            case EVALUATION -> RESPONSE_RATE;
            case MOTIVATION -> ABOVE_TARGET;
        };
    }

    /** The key of a prerequisite's short name in findings ("clarity fell from 4.1 to 3.2 …"). */
    public static String shortNameKey(Prerequisite prerequisite) {
        return "report.prerequisite." + prerequisite.configName();
    }

    /** The key of its name in the texts. */
    public String textKey() {
        return "report.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
