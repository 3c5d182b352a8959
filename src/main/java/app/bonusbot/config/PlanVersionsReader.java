package app.bonusbot.config;

import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A plan's {@code versions:}: each one an {@code effective_from} (and optionally {@code effective_to}) with the fields
 * that change from then on; the rest carry over from the version before. The plan's own fields are its first version,
 * in force until the first listed one starts. A version starts on the first day of a period of the plan's kind and ends
 * on the last day of one, so every period is worked out with exactly one version; versions that overlap or leave a gap
 * are refused.
 */
final class PlanVersionsReader {

    static final String FROM = "effective_from";
    static final String TO = "effective_to";
    /** What a version cannot change: who the plan is and how long its periods are. */
    private static final List<String> FIXED = List.of("id", "kind", "period", "versions");

    private final FiscalYear fiscalYear;

    PlanVersionsReader(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    private record Dated(YamlMap fields, LocalDate from, LocalDate to) {}

    /**
     * The plan's versions, its first one included, in date order; empty when one of them has a problem (reported).
     *
     * @param readKind reads a plan of this kind from (merged) fields
     */
    Optional<List<PlanVersion>> read(YamlMap plan, Plan first, List<String> kindFields, Function<YamlMap, Optional<Plan>> readKind) {
        Optional<List<YamlNode>> items = plan.optional("versions").flatMap(YamlNode::nonEmptyList);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = new LinkedHashSet<>(List.of(FROM, TO, "name"));
        allowed.addAll(FIXED);
        allowed.addAll(kindFields);
        List<Dated> dated = new ArrayList<>();
        List<Plan> values = new ArrayList<>();
        boolean ok = true;
        YamlMap fields = plan;
        for (YamlNode item : items.get()) {
            Optional<YamlMap> version = item.map();
            if (version.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<Dated> read = dated(version.get(), first.periodKind(), allowed);
            // Every version's fields are read, so one version's wrong date does not hide another's wrong rate.
            fields = fields.overriddenBy(version.get(), List.of(FROM, TO));
            Optional<Plan> changed = readKind.apply(fields);
            ok &= read.isPresent() && changed.isPresent();
            read.ifPresent(dated::add);
            changed.ifPresent(values::add);
        }
        if (!ok || !inSequence(dated)) {
            return Optional.empty();
        }
        List<PlanVersion> versions = new ArrayList<>();
        versions.add(new PlanVersion(null, dated.get(0).from().minusDays(1), first));
        for (int i = 0; i < dated.size(); i++) {
            versions.add(new PlanVersion(dated.get(i).from(), dated.get(i).to(), values.get(i)));
        }
        return Optional.of(versions);
    }

    private Optional<Dated> dated(YamlMap version, PeriodKind kind, Set<String> allowed) {
        for (String fixed : FIXED) {
            version.raw(fixed).ifPresent(n -> n.report("cannot change in a version: give the plan a new id instead"));
        }
        version.only(allowed);
        Optional<LocalDate> from = version.required(FROM).flatMap(YamlNode::date).filter(d -> {
            Period period = fiscalYear.containing(kind, d);
            if (!period.start().equals(d)) {
                version.report(FROM, "must be the first day of a " + kind.configName() + " (" + d + " is inside " + period.key()
                        + ", which starts on " + period.start() + "): each period is worked out with one version of the plan");
                return false;
            }
            return true;
        });
        Optional<LocalDate> to = version.optional(TO).flatMap(YamlNode::date).filter(d -> {
            Period period = fiscalYear.containing(kind, d);
            if (!period.end().equals(d)) {
                version.report(TO, "must be the last day of a " + kind.configName() + " (" + d + " is inside " + period.key()
                        + ", which ends on " + period.end() + "): each period is worked out with one version of the plan");
                return false;
            }
            return true;
        });
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            version.report(TO, "is before effective_from " + from.get());
            return Optional.empty();
        }
        boolean ok = from.isPresent() && to.isPresent() == version.has(TO) && !FIXED.stream().anyMatch(f -> version.raw(f).isPresent());
        return ok ? Optional.of(new Dated(version, from.get(), to.orElse(null))) : Optional.empty();
    }

    /** Versions in date order, each starting the day after the one before ends: no overlap, no gap. */
    private static boolean inSequence(List<Dated> versions) {
        boolean ok = true;
        for (int i = 1; i < versions.size(); i++) {
            Dated before = versions.get(i - 1);
            Dated version = versions.get(i);
            int beforeLine = before.fields().node().line();
            if (!version.from().isAfter(before.from())) {
                version.fields().report(FROM, version.from().equals(before.from())
                        ? "overlaps the version on line " + beforeLine + ", which also starts on " + before.from()
                        : "is before the version on line " + beforeLine + " (from " + before.from() + "): list versions in date order");
                ok = false;
            } else if (before.to() != null && !before.to().isBefore(version.from())) {
                version.fields().report(FROM, "overlaps the version on line " + beforeLine + ", which runs until " + before.to());
                ok = false;
            } else if (before.to() != null && before.to().plusDays(1).isBefore(version.from())) {
                before.fields().report(TO, "leaves a gap: no version of the plan is in force from " + before.to().plusDays(1)
                        + " to " + version.from().minusDays(1));
                ok = false;
            }
        }
        return ok;
    }
}
