package app.bonusbot.core.survey;

import java.util.Locale;

/**
 * The prerequisites of a good bonus model that a question can be tagged with, so that results can be read per
 * prerequisite: the four of the bonus model (clarity, relevance, realistic targets, continuous evaluation), and
 * motivation and fairness, which configurations written before evaluation was a prerequisite still use.
 */
public enum Prerequisite {
    /** Clarity and transparency: people understand how their bonus is calculated and can follow it. */
    CLARITY,
    /** Relevance: the plan rewards what matters for the company's goals. */
    RELEVANCE,
    /** Realistic and achievable targets. */
    ACHIEVABILITY,
    /** Continuous evaluation: the plan is evaluated and adjusted with the feedback of the people on it. */
    EVALUATION,
    /** Motivation and fairness. */
    MOTIVATION;

    /** The word in surveys.yaml. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its name in the texts. */
    public String textKey() {
        return "survey.prerequisite." + configName();
    }
}
