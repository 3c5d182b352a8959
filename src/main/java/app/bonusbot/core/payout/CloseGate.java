package app.bonusbot.core.payout;

import app.bonusbot.core.time.Period;
import java.util.Optional;

/**
 * Whether a period may be closed now, asked by {@code bonusbot close} before it freezes anything: the place an
 * approval step (each manager approving their team's statements first) says no.
 */
public interface CloseGate {

    /** Every ended period may be closed. */
    CloseGate OPEN = period -> Optional.empty();

    /** Why the period may not be closed yet, in a sentence for sales ops; empty when it may. */
    Optional<String> refusal(Period period);
}
