package app.bonusbot.core.payout;

import app.bonusbot.core.i18n.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A person's pay for one period, as it goes to payroll and into a statement PDF: every plan with its lines, the
 * adjustments paid with this period (clawbacks, top-ups, manual ones), and the total. Worded in one language.
 *
 * @param language the language its descriptions and labels are in: the person's own, else the company's
 * @param employeeId the person's id for payroll (the configured field of the person); the person id when none
 * @param closed present once the period is closed: the statement is then the frozen one
 */
public record PayStatement(Language language, String personId, String personName, String employeeId, String periodKey, String periodLabel, LocalDate periodStart,
        LocalDate periodEnd, Currency currency, List<PaidPlan> plans, List<PaidLine> adjustments, Optional<PeriodClose> closed) {

    public PayStatement {
        plans = List.copyOf(plans);
        adjustments = List.copyOf(adjustments);
    }

    /** Cash only: every plan's cash plus the adjustments. Stock is listed beside it, never added. */
    public BigDecimal total() {
        BigDecimal plansCash = plans.stream().map(PaidPlan::cash).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return adjustments.stream().map(PaidLine::amount).reduce(plansCash, BigDecimal::add);
    }

    public boolean isClosed() {
        return closed.isPresent();
    }
}
