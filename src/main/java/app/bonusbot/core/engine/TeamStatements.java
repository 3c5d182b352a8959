package app.bonusbot.core.engine;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The statements of the members of every team a manager manages. */
public final class TeamStatements {

    private TeamStatements() {}

    /** Empty when the person manages no team. */
    public static Map<Team, List<Statement>> of(Company company, Evaluator evaluator, Person manager, PeriodRequest request, LocalDate today) {
        return of(company, evaluator, manager, request, today, plan -> true);
    }

    /** As {@link #of(Company, Evaluator, Person, PeriodRequest, LocalDate)}, each statement with only the plans a view shows. */
    public static Map<Team, List<Statement>> of(Company company, Evaluator evaluator, Person manager, PeriodRequest request, LocalDate today,
            Predicate<Plan> shown) {
        // Members who worked some of the asked-about quarter; long-gone leavers would only clutter the view.
        DateRange window = DateRange.of(request.resolve(PeriodKind.QUARTER, today, company.settings().fiscalYear()));
        LocalDate day = dayAsked(window, today);
        Map<Team, List<Statement>> statements = new LinkedHashMap<>();
        for (Team team : company.directory().teamsManagedBy(manager.id())) {
            List<Person> active = company.directory().membersOn(team.id(), day).stream()
                    .filter(m -> m.activeWithin(window).isPresent())
                    .toList();
            statements.put(team, evaluator.statements(active, request, today, shown));
        }
        return statements;
    }

    /**
     * The day whose team a view shows, for people who move between teams: today in the asked-about quarter, else its
     * last day (a past quarter) or its first (a future one).
     */
    public static LocalDate dayAsked(DateRange quarter, LocalDate today) {
        if (today.isBefore(quarter.from())) {
            return quarter.from();
        }
        return today.isAfter(quarter.to()) ? quarter.to() : today;
    }
}
