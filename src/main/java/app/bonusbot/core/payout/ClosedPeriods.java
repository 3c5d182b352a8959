package app.bonusbot.core.payout;

import java.util.Map;
import java.util.Optional;

/**
 * The closed periods and their frozen statements, as the store keeps them: the port answers about a closed period are
 * read through instead of working the period out again.
 */
public interface ClosedPeriods {

    /** Nothing closed: for a company without a store (tests of the plan math, what-ifs). */
    ClosedPeriods NONE = new ClosedPeriods() {
        @Override
        public Map<String, PeriodClose> closed() {
            return Map.of();
        }

        @Override
        public Optional<FrozenStatement> frozen(String personId, String periodKey) {
            return Optional.empty();
        }
    };

    /** The periods closed now, by period key: one cheap read, made once per answer that may be about one. */
    Map<String, PeriodClose> closed();

    /** The person's frozen statement of a closed period; empty when the period is not closed or they had none. */
    Optional<FrozenStatement> frozen(String personId, String periodKey);
}
