package app.bonusbot.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each plan and each of its versions starts in plans.yaml, so that a problem found outside the reading of the
 * file (a change to a version a closed period was paid with) names the line to look at.
 */
public final class PlanLines {

    private final Map<String, Integer> plans = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    private PlanLines() {}

    /** The lines of a valid plans.yaml in the configuration directory. */
    public static PlanLines read(Path configDir) {
        PlanLines lines = new PlanLines();
        YamlFile.read(configDir, ConfigLoader.PLANS, new Problems()).flatMap(YamlNode::map).flatMap(m -> m.raw("plans")).flatMap(YamlNode::list)
                .ifPresent(items -> items.forEach(item -> item.map().ifPresent(lines::plan)));
        return lines;
    }

    private void plan(YamlMap plan) {
        Optional<String> id = plan.raw("id").flatMap(YamlNode::text);
        if (id.isEmpty()) {
            return;
        }
        plans.put(id.get(), plan.node().line());
        plan.raw("versions").flatMap(YamlNode::list).orElse(List.of()).forEach(v -> v.map().ifPresent(version -> version
                .raw(PlanVersionsReader.FROM).flatMap(YamlNode::text).ifPresent(from -> versions.put(key(id.get(), from), version.node().line()))));
    }

    /**
     * The line of the plan's version from that day, else of the plan itself (its first version is the plan's own
     * fields); 0 when the plan is not in the file.
     */
    public int of(String planId, Optional<LocalDate> versionFrom) {
        return versionFrom.map(from -> versions.get(key(planId, from.toString()))).orElseGet(() -> plans.getOrDefault(planId, 0));
    }

    private static String key(String planId, String from) {
        return planId + "\n" + from;
    }
}
