package app.bonusbot.config;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.text.NearestName;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** targets.yaml: a person's target on a performance plan, or a team's target and pool on a team plan, per period. */
final class TargetsReader {

    private static final List<String> FIELDS = List.of("person", "team", "plan", "period", "target", "target_bonus", "bonus_pool");

    private final Optional<PlansReader.Result> plans;
    private final Optional<PeopleReader.Result> people;
    private final References references;
    private final Map<String, Integer> rowLines = new LinkedHashMap<>();

    /**
     * @param plans empty when plans.yaml could not be read: plan references are then not checked
     * @param people empty when people.yaml could not be read
     */
    private final FiscalYear fiscalYear;

    /** @param fiscalYear the company's fiscal year, in which a period such as 2027-Q1 is read */
    TargetsReader(Optional<PlansReader.Result> plans, Optional<PeopleReader.Result> people, References references, FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear;
        this.plans = plans;
        this.people = people;
        this.references = references;
    }

    TargetBook read(YamlNode root) {
        List<Target> targets = new ArrayList<>();
        root.map().ifPresent(file -> file.only(List.of("targets")).optional("targets").flatMap(YamlNode::list)
                .ifPresent(list -> list.forEach(n -> n.map().flatMap(this::row).ifPresent(targets::add))));
        return new TargetBook(targets);
    }

    private Optional<Target> row(YamlMap entry) {
        YamlMap m = entry.only(FIELDS);
        boolean forTeam = m.has("team");
        if (forTeam && m.has("person")) {
            m.report("team", "give either person or team, not both");
            return Optional.empty();
        }
        if (!forTeam && !m.has("person")) {
            m.node().report("needs person (a person's target) or team (a team's target and bonus pool)");
            return Optional.empty();
        }
        String ownerKey = forTeam ? "team" : "person";
        Optional<String> owner = m.required(ownerKey).flatMap(YamlNode::id);
        owner.ifPresent(id -> {
            if (forTeam) {
                references.team(m.raw(ownerKey).get(), id);
            } else {
                references.person(m.raw(ownerKey).get(), id);
            }
        });
        Optional<String> planId = m.required("plan").flatMap(YamlNode::id);
        boolean ok = planId.map(id -> planFits(m, id, forTeam)).orElse(false);
        // Only a plan that takes this kind of target says what the row's period, target and bonus must look like.
        Optional<Plan> plan = planId.filter(id -> ok)
                .flatMap(id -> plans.flatMap(p -> p.plans().stream().filter(x -> x.id().equals(id)).findFirst()));
        Optional<Period> period = m.required("period").flatMap(n -> period(n, plan));
        MetricKind kind = plan.map(TargetsReader::metricKind).orElse(null);
        Optional<BigDecimal> target = m.required("target").flatMap(n -> TargetValue.read(n, kind));
        Bonus bonus = bonus(m, forTeam, plan);
        if (owner.isPresent() && plan.isPresent()) {
            enrolled(m, ownerKey, owner.get(), plan.get());
        }
        if (!ok || owner.isEmpty() || period.isEmpty() || target.isEmpty() || !bonus.valid()) {
            return Optional.empty();
        }
        String key = ownerKey + "|" + owner.get() + "|" + planId.get() + "|" + period.get().key();
        Integer first = rowLines.putIfAbsent(key, m.node().line());
        if (first != null) {
            m.node().report("a target for this " + ownerKey + ", plan and period is already on line " + first);
            return Optional.empty();
        }
        return Optional.of(new Target(forTeam ? OwnerKind.TEAM : OwnerKind.PERSON, owner.get(), planId.get(), period.get().key(), target.get(),
                bonus.value()));
    }

    private static MetricKind metricKind(Plan plan) {
        return plan instanceof PerformancePlan ? ((PerformancePlan) plan).metric().kind() : ((TeamPlan) plan).metric().kind();
    }

    /** Whether the plan exists and takes this kind of target; when plans.yaml is unreadable, assume so. */
    private boolean planFits(YamlMap m, String id, boolean forTeam) {
        if (plans.isEmpty()) {
            return true;
        }
        Map<String, String> declared = plans.get().declared();
        if (!declared.containsKey(id)) {
            m.report("plan", "no plan '" + id + "' in plans.yaml" + NearestName.hint(id, declared.keySet()));
            return false;
        }
        String kind = declared.get(id);
        if (forTeam && !kind.isEmpty() && !kind.equals("team")) {
            m.report("plan", "plan '" + id + "' is a " + kind + " plan; a team's target needs a team plan");
            return false;
        }
        if (!forTeam && !kind.isEmpty() && !kind.equals("performance")) {
            m.report("plan", "plan '" + id + "' is a " + kind + " plan; a person's target needs a performance plan");
            return false;
        }
        Optional<Plan> plan = plans.get().plans().stream().filter(p -> p.id().equals(id)).findFirst();
        if (plan.isPresent() && plan.get() instanceof PerformancePlan && ((PerformancePlan) plan.get()).isFlat()) {
            m.report("plan", "plan '" + id + "' pays a flat rate and takes no target");
            return false;
        }
        return true;
    }

    private Optional<Period> period(YamlNode node, Optional<Plan> plan) {
        return node.text().flatMap(text -> {
            Optional<Period> period = fiscalYear.parse(text);
            if (period.isEmpty()) {
                node.report("must be a period such as 2026-Q4, 2026-11 or 2026, not '" + text + "'");
                return Optional.empty();
            }
            if (plan.isPresent() && period.get().kind() != plan.get().periodKind()) {
                node.report("'" + text + "' is a " + period.get().kind().configName() + " but plan '" + plan.get().id() + "' runs per "
                        + plan.get().periodKind().configName());
                return Optional.empty();
            }
            return period;
        });
    }

    /** A row's target bonus (person) or bonus pool (team); null when the row leaves it to the plan's default. */
    private record Bonus(boolean valid, BigDecimal value) {}

    private static Bonus bonus(YamlMap m, boolean forTeam, Optional<Plan> plan) {
        String key = forTeam ? "bonus_pool" : "target_bonus";
        String other = forTeam ? "target_bonus" : "bonus_pool";
        boolean ok = true;
        if (m.raw(other).isPresent()) {
            m.report(other, forTeam ? "is for a person's target; a team's target sets bonus_pool" : "is for a team's target; a person's target sets target_bonus");
            ok = false;
        }
        Optional<BigDecimal> value = m.optional(key).flatMap(YamlNode::amount);
        ok &= value.isPresent() || !m.has(key);
        if (!m.has(key) && plan.isPresent()) {
            Optional<String> why = missingBonus(plan.get());
            if (why.isPresent()) {
                m.report(key, "is required: " + why.get());
                ok = false;
            }
        }
        return new Bonus(ok, value.orElse(null));
    }

    private static Optional<String> missingBonus(Plan plan) {
        if (plan instanceof TeamPlan) {
            TeamPlan team = (TeamPlan) plan;
            return team.defaultPool() == null ? Optional.of("plan '" + plan.id() + "' sets no default bonus_pool") : Optional.empty();
        }
        PerformancePlan performance = (PerformancePlan) plan;
        if (performance.defaultTargetBonus() != null) {
            return Optional.empty();
        }
        return TieredPlanReader.needsTargetBonus(performance.base(), performance.tiers().cap())
                .map(why -> why.replace("the plan", "plan '" + plan.id() + "'") + " and sets no default target_bonus");
    }

    private void enrolled(YamlMap m, String ownerKey, String owner, Plan plan) {
        if (plan instanceof TeamPlan) {
            boolean known = people.flatMap(p -> p.directory().team(owner)).isPresent();
            if (known && !((TeamPlan) plan).teams().contains(owner)) {
                m.report(ownerKey, "team '" + owner + "' is not on plan '" + plan.id() + "' (its teams in plans.yaml)");
            }
            return;
        }
        Optional<Person> person = people.flatMap(p -> p.directory().person(owner));
        // Someone who moves between teams is on the plans of each of their teams.
        if (person.isPresent() && people.get().directory().history().teamsOf(person.get()).stream().noneMatch(t -> plan.enrols(person.get().withTeam(t)))
                && !plan.enrols(person.get())) {
            m.report(ownerKey, "'" + owner + "' is not enrolled in plan '" + plan.id() + "' (its enrolment in plans.yaml)");
        }
    }
}
