package app.bonusbot.cli;

import app.bonusbot.config.BotConfig;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.config.ConfigProblem;
import app.bonusbot.config.PlanLines;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanDigest;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.ClosedPeriodStore.ClosedVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code config check} with a database: a plan version that a closed period was paid with must stay as it was, or
 * the closed period's statements would no longer say how they came about. Its settings are compared by digest with
 * what the close kept; a change is a problem naming plans.yaml and the line of that plan or version.
 */
final class ClosedVersionCheck {

    private ClosedVersionCheck() {}

    static List<ConfigProblem> problems(Path configDir, BotConfig config, ClosedPeriodStore closed) {
        List<ClosedVersion> paid = closed.closedVersions();
        if (paid.isEmpty()) {
            return List.of();
        }
        PlanLines lines = PlanLines.read(configDir);
        FiscalYear fiscalYear = config.settings().fiscalYear();
        // One problem per plan version, naming every closed period paid with it.
        Map<String, List<ClosedVersion>> changed = new LinkedHashMap<>();
        for (ClosedVersion version : paid) {
            Optional<Plan> now = inConfig(config, version.planId(), version.versionFrom());
            if (now.isEmpty() || !PlanDigest.of(now.get()).equals(version.versionDigest())) {
                changed.computeIfAbsent(version.planId() + "\n" + version.versionFrom().map(LocalDate::toString).orElse(""), k -> new ArrayList<>()).add(version);
            }
        }
        List<ConfigProblem> problems = new ArrayList<>();
        for (List<ClosedVersion> versions : changed.values()) {
            ClosedVersion first = versions.get(0);
            List<String> periods = versions.stream().map(ClosedVersion::periodKey).distinct().toList();
            String which = first.versionFrom().map(from -> "version from " + from + " of plan '" + first.planId() + "'").orElse("plan '" + first.planId() + "'");
            String instead = firstOpenDay(config, first.planId(), paid, fiscalYear)
                    .map(day -> "add a new version with effective_from: " + day + " (the first open period) instead")
                    .orElse("add a new version from the first open period instead");
            problems.add(new ConfigProblem(ConfigLoader.PLANS, lines.of(first.planId(), first.versionFrom()), "plans." + first.planId(),
                    which + " has changed, but " + String.join(", ", periods) + (periods.size() == 1 ? " was" : " were")
                            + " closed and paid with it as it was: put it back as it was and " + instead));
        }
        return problems;
    }

    /** The plan's values that a version from that day (empty: the plan's first, or a plan without versions) has now. */
    private static Optional<Plan> inConfig(BotConfig config, String planId, Optional<LocalDate> from) {
        Optional<Plan> plan = config.plans().stream().filter(p -> p.id().equals(planId)).findFirst();
        List<PlanVersion> versions = config.planVersions().byPlan().get(planId);
        if (plan.isEmpty() || versions == null) {
            return from.isPresent() ? Optional.empty() : plan;
        }
        return versions.stream().filter(v -> Objects.equals(v.from(), from.orElse(null))).findFirst().map(PlanVersion::plan);
    }

    /** The first day after the last closed period the plan was paid in, as the start of a period of the plan's kind. */
    private static Optional<LocalDate> firstOpenDay(BotConfig config, String planId, List<ClosedVersion> paid, FiscalYear fiscalYear) {
        Optional<Plan> plan = config.plans().stream().filter(p -> p.id().equals(planId)).findFirst();
        Optional<LocalDate> lastClosed = paid.stream().filter(v -> v.planId().equals(planId)).map(v -> fiscalYear.parse(v.periodKey()))
                .flatMap(Optional::stream).map(Period::end).max(LocalDate::compareTo);
        if (plan.isEmpty() || lastClosed.isEmpty()) {
            return Optional.empty();
        }
        Period next = fiscalYear.containing(plan.get().periodKind(), lastClosed.get().plusDays(1));
        return Optional.of(next.start().isAfter(lastClosed.get()) ? next.start() : next.next().start());
    }
}
