package app.bonusbot.imports;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.UpsertCounts;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports targets: {@code person} or {@code team} (a file may have both columns, each row fills one),
 * {@code plan}, {@code period} ({@code 2026-11}, {@code 2026-Q4}, {@code 2026}, of the plan's period kind),
 * {@code target} and optionally {@code target_bonus} (a team's bonus pool on a team plan). A person target needs
 * a performance plan the person is on, a team target a team plan that lists the team. Targets set in
 * bot-config/targets.yaml are changed there, not by import.
 */
public final class TargetImporter implements CsvImporter {

    static final String PERSON = "person";
    static final String TEAM = "team";
    static final String PLAN = "plan";
    static final String PERIOD = "period";
    static final String TARGET = "target";
    static final String TARGET_BONUS = "target_bonus";

    private final DirectoryStore store;
    private final Map<String, Plan> plans = new HashMap<>();
    private final Set<Key> configTargets = new HashSet<>();
    private final FiscalYear fiscalYear;

    /**
     * @param configTargets the targets of bot-config/targets.yaml, which an import may not change
     * @param fiscalYear the company's fiscal year, in which a period such as 2027-Q1 is read
     */
    public TargetImporter(DirectoryStore store, List<Plan> plans, TargetBook configTargets, FiscalYear fiscalYear) {
        this.store = store;
        this.fiscalYear = fiscalYear;
        plans.forEach(p -> this.plans.put(p.id(), p));
        configTargets.targets().forEach(t -> this.configTargets.add(Key.of(t)));
    }

    private record Key(OwnerKind kind, String owner, String plan, String period) {
        static Key of(Target t) {
            return new Key(t.ownerKind(), t.ownerId(), t.planId(), t.periodKey());
        }
    }

    @Override
    public ImportResult importCsv(String fileName, Reader reader, ImportProgress progress) throws IOException {
        ImportErrors errors = new ImportErrors(fileName);
        CsvTable table = CsvTable.read(reader, errors);
        if (table.header() == null || !PeopleImporter.hasColumns(table.header(), errors, PLAN, PERIOD, TARGET)) {
            return ImportResult.failed(ImportKind.TARGETS, errors);
        }
        if (!table.header().has(PERSON) && !table.header().has(TEAM)) {
            errors.add(1, null, "the header needs a person or a team column");
            return ImportResult.failed(ImportKind.TARGETS, errors);
        }
        Directory directory = store.loadDirectory();
        Map<Key, Long> lineOfKey = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        for (CsvRecord record : table.records()) {
            Row row = new Row(record, table.header(), errors);
            Target target = parse(row, directory);
            if (target == null) {
                continue;
            }
            Long first = lineOfKey.putIfAbsent(Key.of(target), row.line());
            if (first != null) {
                row.error(PERIOD, "this " + (target.ownerKind() == OwnerKind.TEAM ? "team" : "person") + ", plan and period are also on line " + first);
            } else {
                targets.add(target);
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.failed(ImportKind.TARGETS, errors);
        }
        long total = targets.size();
        UpsertCounts counts = store.importTargets(fileName, targets, done -> progress.rowsDone(done, total));
        return ImportResult.succeeded(ImportKind.TARGETS, fileName, counts, List.of());
    }

    private Target parse(Row row, Directory directory) {
        Owner owner = owner(row, directory);
        Plan plan = row.parse(PLAN, this::plan);
        Period period = row.parse(PERIOD, this::period);
        BigDecimal target = row.parse(TARGET, DecimalText::positive);
        if (row.text(TARGET) == null) {
            row.error(TARGET, "is required");
        }
        BigDecimal bonus = row.parse(TARGET_BONUS, DecimalText::money);
        if (plan != null && period != null && period.kind() != plan.periodKind()) {
            row.error(PERIOD, "plan " + plan.id() + " runs per " + kindWord(plan.periodKind()) + "; write the period like " + example(plan.periodKind()));
        }
        if (plan != null && owner != null) {
            checkOwnerIsOnPlan(row, owner, plan, directory);
        }
        if (row.isBad()) {
            return null;
        }
        Target parsed = new Target(owner.kind(), owner.id(), plan.id(), period.key(), target, bonus);
        if (configTargets.contains(Key.of(parsed))) {
            row.error(PERIOD, "this target is set in bot-config/targets.yaml; change it there");
            return null;
        }
        return parsed;
    }

    private record Owner(OwnerKind kind, String id) {}

    private static Owner owner(Row row, Directory directory) {
        String person = row.text(PERSON);
        String team = row.text(TEAM);
        if (person != null && team != null) {
            row.error(TEAM, "give a person or a team, not both");
            return null;
        }
        if (team != null) {
            if (directory.team(team).isEmpty()) {
                row.error(TEAM, FieldError.quoted(team) + " is not a team");
                return null;
            }
            return new Owner(OwnerKind.TEAM, team);
        }
        if (person == null) {
            row.error(row.has(PERSON) ? PERSON : TEAM, "is required");
            return null;
        }
        return directory.byOwnerReference(person)
                .map(p -> new Owner(OwnerKind.PERSON, p.id()))
                .orElseGet(() -> {
                    row.error(PERSON, FieldError.quoted(person) + " is nobody known (give a person id, e-mail or name)");
                    return null;
                });
    }

    private Plan plan(String text) throws FieldError {
        if (text == null) {
            throw new FieldError("is required");
        }
        Plan plan = plans.get(text);
        if (plan == null) {
            String known = plans.values().stream().filter(p -> p instanceof PerformancePlan || p instanceof TeamPlan).map(Plan::id).sorted()
                    .collect(Collectors.joining(", "));
            throw new FieldError(FieldError.quoted(text) + " is not a plan" + (known.isEmpty() ? "" : " (plans with targets: " + known + ")"));
        }
        if (!(plan instanceof PerformancePlan) && !(plan instanceof TeamPlan)) {
            throw new FieldError("plan " + text + " is a " + plan.kindName() + " plan, which has no targets");
        }
        return plan;
    }

    private static void checkOwnerIsOnPlan(Row row, Owner owner, Plan plan, Directory directory) {
        if (plan instanceof TeamPlan teamPlan) {
            if (owner.kind() != OwnerKind.TEAM) {
                row.error(PERSON, "plan " + plan.id() + " is a team plan; give a team, not a person");
            } else if (!teamPlan.teams().contains(owner.id())) {
                row.error(TEAM, "team " + owner.id() + " is not on plan " + plan.id());
            }
        } else if (owner.kind() != OwnerKind.PERSON) {
            row.error(TEAM, "plan " + plan.id() + " is a performance plan; give a person, not a team");
        } else if (!directory.person(owner.id()).map(plan::enrols).orElse(false)) {
            row.error(PERSON, owner.id() + " is not on plan " + plan.id() + " (see its enrolment in plans.yaml)");
        }
    }

    private Period period(String text) throws FieldError {
        if (text == null) {
            throw new FieldError("is required");
        }
        return fiscalYear.parse(text).orElseThrow(() -> new FieldError(FieldError.quoted(text) + " is not a period; use 2026-11, 2026-Q4 or 2026"));
    }

    private static String kindWord(PeriodKind kind) {
        return kind.configName();
    }

    private static String example(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> "2026-11";
            case QUARTER -> "2026-Q4";
            case YEAR -> "2026";
        };
    }
}
