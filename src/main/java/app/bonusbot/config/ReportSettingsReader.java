package app.bonusbot.config;

import app.bonusbot.core.report.FindingRule;
import app.bonusbot.core.report.ReportSettings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * settings.yaml {@code report:}: {@code previous_periods} (how many periods the plan health report compares with;
 * default 4), {@code show_individual_pay} (default false), {@code min_group_size} (the fewest people a pay figure is
 * made of; default 3) and {@code rules:} (each finding rule's threshold, a number, or {@code off}).
 */
final class ReportSettingsReader {

    static final List<String> FIELDS = List.of("previous_periods", "show_individual_pay", "min_group_size", "rules");

    private static final Map<String, Boolean> FLAGS = new LinkedHashMap<>();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static {
        FLAGS.put("true", true);
        FLAGS.put("false", false);
        FLAGS.put("yes", true);
        FLAGS.put("no", false);
    }

    private ReportSettingsReader() {}

    static Optional<ReportSettings> read(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = section.get().only(FIELDS);
        Optional<Integer> previous = m.optional("previous_periods").map(n -> n.wholeNumber(0).filter(v -> atMost(n, v, ReportSettings.MAX_PREVIOUS_PERIODS)))
                .orElse(Optional.of(ReportSettings.DEFAULT_PREVIOUS_PERIODS));
        Optional<Boolean> individual = m.optional("show_individual_pay").map(n -> n.choice(FLAGS)).orElse(Optional.of(false));
        Optional<Integer> k = m.optional("min_group_size").map(n -> n.wholeNumber(1)).orElse(Optional.of(ReportSettings.DEFAULT_MIN_GROUP_SIZE));
        Map<FindingRule, BigDecimal> thresholds = new EnumMap<>(FindingRule.class);
        Set<FindingRule> off = EnumSet.noneOf(FindingRule.class);
        boolean rulesRead = m.optional("rules").map(n -> rules(n, thresholds, off)).orElse(true);
        if (previous.isEmpty() || individual.isEmpty() || k.isEmpty() || !rulesRead) {
            return Optional.empty();
        }
        return Optional.of(new ReportSettings(previous.get(), individual.get(), k.get(), thresholds, off));
    }

    private static boolean rules(YamlNode node, Map<FindingRule, BigDecimal> thresholds, Set<FindingRule> off) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return false;
        }
        YamlMap m = section.get().only(Arrays.stream(FindingRule.values()).map(FindingRule::configName).toList());
        boolean ok = true;
        for (FindingRule rule : FindingRule.values()) {
            Optional<YamlNode> value = m.optional(rule.configName());
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().text().filter("off"::equalsIgnoreCase).isPresent()) {
                off.add(rule);
                continue;
            }
            Optional<BigDecimal> threshold = threshold(rule, value.get());
            threshold.ifPresent(t -> thresholds.put(rule, t));
            ok &= threshold.isPresent();
        }
        return ok;
    }

    /** Shares are percentages (0–100), the survey drop points on the 1–5 scale, the pool rule a number of periods. */
    private static Optional<BigDecimal> threshold(FindingRule rule, YamlNode node) {
        return switch (rule) {
            case POOL_MISSED -> node.wholeNumber(1).map(BigDecimal::valueOf);
            case SURVEY_DROP, COST_OF_SALES_RISE -> node.positive();
            default -> node.amount().filter(v -> {
                if (v.compareTo(HUNDRED) > 0) {
                    node.report("is a percentage and must be 0 to 100 (or off), not " + v.toPlainString());
                    return false;
                }
                return true;
            });
        };
    }

    private static boolean atMost(YamlNode node, int value, int most) {
        if (value > most) {
            node.report("must be at most " + most);
            return false;
        }
        return true;
    }
}
