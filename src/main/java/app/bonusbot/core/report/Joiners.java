package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * People on a plan hired within the period: how long they took to their first won deal and what they attained against
 * their prorated target.
 *
 * @param withFirstWin of them, those with a won deal by the period's end
 * @param medianDaysToFirstWin over those with one, days from hire date to the first won deal's close date
 * @param medianProratedAttainment over those with a target (1.0 = 100 %), 4 decimals HALF_UP
 * @param people one line per joiner, only when settings.yaml shows individual pay; else empty
 */
public record Joiners(int joined, int withFirstWin, Slice<Optional<BigDecimal>> medianDaysToFirstWin, Slice<Optional<BigDecimal>> medianProratedAttainment,
        List<Joiner> people) {

    public Joiners {
        people = List.copyOf(people);
    }

    /**
     * @param daysToFirstWin empty when they have not won a deal yet
     * @param proratedAttainment empty when they have no target
     */
    public record Joiner(String personId, String name, java.time.LocalDate hireDate, Optional<Long> daysToFirstWin, Optional<BigDecimal> proratedAttainment) {}
}
