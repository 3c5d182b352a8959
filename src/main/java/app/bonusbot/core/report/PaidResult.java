package app.bonusbot.core.report;

import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.people.Person;
import java.math.BigDecimal;

/**
 * One plan of one person in a period as the report reads it: the engine's result, and the cash it paid (for a closed
 * period what was frozen at the close, otherwise the result's total).
 *
 * @param personTeam the person's team on their last day in the period; {@link #NO_TEAM} for none
 */
record PaidResult(Person person, String personTeam, PlanResult result, BigDecimal cash) {

    /** No team: such people count in the whole, never in a team's slice. */
    static final String NO_TEAM = "";

    /** The team a figure of this result counts in: a team plan's measured team, else the person's team in the period. */
    String team() {
        return result instanceof PlanResult.Team t ? t.teamId() : personTeam;
    }
}
