package app.bonusbot.config;

import app.bonusbot.core.payout.ClawbackPolicy;
import java.util.List;
import java.util.Optional;

/** A plan's {@code clawback}: {@code none}, {@code full}, or {@code {within_days: N}}. */
final class ClawbackReader {

    private ClawbackReader() {}

    static Optional<ClawbackPolicy> read(YamlNode node) {
        if (node.isMap()) {
            return node.map().flatMap(m -> m.only(List.of("within_days")).required("within_days")).flatMap(n -> n.wholeNumber(0))
                    .map(ClawbackPolicy::withinDays);
        }
        if (node.isList()) {
            node.report("must be none, full or {within_days: N}, not a list");
            return Optional.empty();
        }
        return node.choice(YamlNode.words(List.of("none", "full")))
                .map(word -> word.equals("none") ? new ClawbackPolicy(ClawbackPolicy.Mode.NONE, 0) : ClawbackPolicy.DEFAULT);
    }
}
