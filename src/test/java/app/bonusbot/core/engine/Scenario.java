package app.bonusbot.core.engine;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateSpan;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small company with its deals, evaluated by the real engine. */
final class Scenario {

    private final List<Person> people = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();
    private final Map<String, List<TeamMembership>> moves = new HashMap<>();
    private FiscalYear fiscalYear = FiscalYear.CALENDAR;

    /** The person's dated teams, as people.yaml {@code teams:} gives them. */
    Scenario moves(String personId, TeamMembership... memberships) {
        moves.put(personId, Arrays.asList(memberships));
        return this;
    }

    static TeamMembership in(String teamId, String from, String to) {
        return new TeamMembership(teamId, new DateSpan(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }

    Scenario people(Person... persons) {
        people.addAll(Arrays.asList(persons));
        return this;
    }

    Scenario plans(Plan... added) {
        plans.addAll(Arrays.asList(added));
        return this;
    }

    Scenario fiscalYear(FiscalYear start) {
        fiscalYear = start;
        return this;
    }

    Scenario deals(Deal... added) {
        deals.addAll(Arrays.asList(added));
        return this;
    }

    Scenario personTarget(String personId, String planId, String periodKey, String target, String targetBonus) {
        targets.add(new Target(OwnerKind.PERSON, personId, planId, periodKey, decimal(target), decimal(targetBonus)));
        return this;
    }

    Scenario teamTarget(String teamId, String planId, String periodKey, String target, String pool) {
        targets.add(new Target(OwnerKind.TEAM, teamId, planId, periodKey, decimal(target), decimal(pool)));
        return this;
    }

    Company company() {
        Settings settings = new Settings("Demo A/S", ZoneId.of("Europe/Copenhagen"), Currency.getInstance("DKK"), Language.EN, Set.of(),
                DisplayNames.NONE, ExchangeRates.NONE, fiscalYear);
        Directory directory = new Directory(people, List.of(new Team(People.TEAM, "North", null), new Team("south", "South", null)),
                new TeamHistory(moves));
        return new Company(settings, directory, plans, new TargetBook(targets));
    }

    DealList ledger() {
        return new DealList(deals);
    }

    Evaluator evaluator() {
        return new Evaluator(company(), ledger());
    }

    PlanResult evaluate(Plan plan, Person person, String periodKey, String today) {
        return evaluator().evaluate(plan, person, period(periodKey), LocalDate.parse(today));
    }

    static Period period(String key) {
        return Period.parse(key).orElseThrow(() -> new IllegalArgumentException("not a period key: " + key));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
