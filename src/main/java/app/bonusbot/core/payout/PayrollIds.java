package app.bonusbot.core.payout;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The statements of a period with each person's employee id as payroll is configured now, whoever built them: the
 * frozen statement of a closed period keeps its figures, but a corrected employee number reaches payroll. A person
 * whom the configured field does not give an id gets an empty one, which the exports refuse with their name; a person
 * no longer known keeps the id their statement had.
 */
public final class PayrollIds implements PeriodStatements {

    private final PeriodStatements statements;
    private final PayrollSettings payroll;
    private final Function<String, Optional<Person>> people;

    /** @param people a person by id, as the company knows them now */
    public PayrollIds(PeriodStatements statements, PayrollSettings payroll, Function<String, Optional<Person>> people) {
        this.statements = statements;
        this.payroll = payroll;
        this.people = people;
    }

    @Override
    public List<PayStatement> all(Period period) {
        return statements.all(period).stream().map(this::withEmployeeId).toList();
    }

    @Override
    public Optional<PayStatement> of(String personId, Period period) {
        return statements.of(personId, period).map(this::withEmployeeId);
    }

    private PayStatement withEmployeeId(PayStatement s) {
        String employeeId = people.apply(s.personId()).map(p -> payroll.employeeIdOf(p).orElse("")).orElse(s.employeeId());
        return new PayStatement(s.language(), s.personId(), s.personName(), employeeId, s.periodKey(), s.periodLabel(), s.periodStart(), s.periodEnd(),
                s.currency(), s.plans(), s.adjustments(), s.closed());
    }
}
