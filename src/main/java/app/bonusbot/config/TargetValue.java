package app.bonusbot.config;

import app.bonusbot.core.plan.MetricKind;
import java.math.BigDecimal;
import java.util.Optional;

/** A target as the plan's metric measures it: an amount, a number of deals, or a win rate. */
final class TargetValue {

    private TargetValue() {}

    /** @param kind null when the plan's metric could not be read; then any positive number passes */
    static Optional<BigDecimal> read(YamlNode node, MetricKind kind) {
        if (kind == MetricKind.WIN_RATE) {
            return node.ratio().filter(v -> {
                if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0) {
                    node.report("a win-rate target must be greater than 0 and at most 1 (100%)");
                    return false;
                }
                return true;
            });
        }
        Optional<BigDecimal> value = node.positive();
        if (kind == MetricKind.COUNT) {
            return value.filter(v -> {
                if (v.stripTrailingZeros().scale() > 0) {
                    node.report("a count target must be a whole number of deals");
                    return false;
                }
                return true;
            });
        }
        return value;
    }
}
