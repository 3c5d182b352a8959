package app.bonusbot.core.payout;

import app.bonusbot.core.people.Person;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How payroll knows a person (settings.yaml {@code payroll:}). Employee numbers are held here, beside the people,
 * because only payroll reads them.
 *
 * @param employeeId the field whose value goes into a statement's and the payroll export's employee id
 * @param employeeNumbers people.yaml {@code employee_number} by person id
 */
public record PayrollSettings(EmployeeIdField employeeId, Map<String, String> employeeNumbers) {

    /** Payroll knows everyone by their id in people.yaml. */
    public static final PayrollSettings DEFAULT = new PayrollSettings(EmployeeIdField.ID, Map.of());

    public PayrollSettings {
        Objects.requireNonNull(employeeId, "employeeId");
        employeeNumbers = Map.copyOf(employeeNumbers);
    }

    /** The person's id for payroll; empty when the configured field is not given for them. */
    public Optional<String> employeeIdOf(Person person) {
        String id = switch (employeeId) {
            case ID -> person.id();
            case EMAIL -> person.email();
            case EMPLOYEE_NUMBER -> employeeNumbers.get(person.id());
        };
        return Optional.ofNullable(id).filter(s -> !s.isBlank());
    }
}
