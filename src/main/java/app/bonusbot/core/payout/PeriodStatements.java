package app.bonusbot.core.payout;

import app.bonusbot.core.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Every statement of a period, as payroll gets it: the frozen ones once the period is closed, else the provisional
 * ones worked out now. Each is in its person's own language.
 */
public interface PeriodStatements {

    /** Everyone with a plan in the period, ordered by person id. */
    List<PayStatement> all(Period period);

    /** One person's; empty when they have no plan in the period or are unknown. */
    Optional<PayStatement> of(String personId, Period period);
}
