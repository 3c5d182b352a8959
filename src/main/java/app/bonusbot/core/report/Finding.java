package app.bonusbot.core.report;

import java.util.List;
import java.util.Optional;

/**
 * A finding stated in words: the rule it comes from, the key of its wording and the numbers filled in
 * ({@code {0}}, {@code {1}}, … in the order given).
 *
 * @param planId the plan it is about; empty for the company or a survey
 */
public record Finding(FindingRule rule, String textKey, List<FindingValue> values, Optional<String> planId) {

    public Finding {
        values = List.copyOf(values);
    }

    /** The rule's id, as the README lists it. */
    public String ruleId() {
        return rule.id();
    }
}
