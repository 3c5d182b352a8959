package app.bonusbot.core.payout;

import java.util.Locale;

/** Which field of a person payroll knows them by: settings.yaml {@code payroll: employee_id:}. */
public enum EmployeeIdField {
    /** The person's id in people.yaml (the default). */
    ID,
    /** The person's e-mail address. */
    EMAIL,
    /** The {@code employee_number} given in people.yaml, e.g. the number the payroll system has for them. */
    EMPLOYEE_NUMBER;

    /** As written in settings.yaml. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
