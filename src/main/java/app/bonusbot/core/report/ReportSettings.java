package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * settings.yaml {@code report:}.
 *
 * @param previousPeriods how many periods before the report's to compare with (default 4)
 * @param showIndividualPay whether the report lists each person's pay (for admins only; default false)
 * @param minGroupSize k for pay figures: a sum, median or share made of fewer people is hidden (default 3)
 * @param thresholds the rules' thresholds where settings.yaml changes them; a rule not in it has its default
 * @param off rules turned off
 */
public record ReportSettings(int previousPeriods, boolean showIndividualPay, int minGroupSize, Map<FindingRule, BigDecimal> thresholds, Set<FindingRule> off) {

    public static final int DEFAULT_PREVIOUS_PERIODS = 4;
    public static final int MAX_PREVIOUS_PERIODS = 24;
    public static final int DEFAULT_MIN_GROUP_SIZE = 3;

    /** Everything as the README documents it. */
    public static final ReportSettings DEFAULTS = new ReportSettings(DEFAULT_PREVIOUS_PERIODS, false, DEFAULT_MIN_GROUP_SIZE, Map.of(), Set.of());

    public ReportSettings {
        if (previousPeriods < 0 || previousPeriods > MAX_PREVIOUS_PERIODS) {
            throw new IllegalArgumentException("previous_periods must be 0.." + MAX_PREVIOUS_PERIODS);
        }
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("min_group_size must be at least 1");
        }
        thresholds = thresholds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(thresholds));
        off = Set.copyOf(off);
    }

    /** The rule's threshold; empty when the rule is off. */
    public Optional<BigDecimal> threshold(FindingRule rule) {
        return off.contains(rule) ? Optional.empty() : Optional.of(thresholds.getOrDefault(rule, rule.defaultThreshold()));
    }
}
