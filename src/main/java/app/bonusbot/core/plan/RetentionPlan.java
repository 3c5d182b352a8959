package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;
import java.util.List;

/** Tenure installments, each paid in the period that contains hire date + months. */
public record RetentionPlan(String id, LocalizedText name, PeriodKind periodKind, Enrolment enrolment, List<Installment> installments)
        implements Plan {

    public RetentionPlan {
        installments = List.copyOf(installments);
    }

    @Override
    public boolean enrols(Person person) {
        return enrolment.includes(person);
    }

    @Override
    public String kindName() {
        return "retention";
    }
}
