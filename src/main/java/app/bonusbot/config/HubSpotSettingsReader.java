package app.bonusbot.config;

import app.bonusbot.imports.HubSpotSyncSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * settings.yaml {@code hubspot:}: the live sync from HubSpot's API ({@code sync}, {@code poll_interval},
 * {@code pipelines}). Its deal values are mapped by {@code import.hubspot}, which this section does not repeat.
 */
final class HubSpotSettingsReader {

    static final List<String> FIELDS = List.of("sync", "poll_interval", "pipelines");
    /** Polling faster than this buys nothing: HubSpot's search index itself takes a few seconds to catch up. */
    static final Duration SHORTEST_POLL = Duration.ofSeconds(1);

    private static final Map<String, Boolean> FLAGS = new java.util.LinkedHashMap<>();

    static {
        // In this order in the message that lists them.
        FLAGS.put("true", true);
        FLAGS.put("false", false);
        FLAGS.put("yes", true);
        FLAGS.put("no", false);
        FLAGS.put("on", true);
        FLAGS.put("off", false);
    }
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

    private HubSpotSettingsReader() {}

    static Optional<HubSpotSyncSettings> read(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = section.get().only(FIELDS);
        Optional<Boolean> sync = m.optional("sync").map(n -> n.choice(FLAGS)).orElse(Optional.of(true));
        Optional<Duration> interval = m.optional("poll_interval").map(HubSpotSettingsReader::interval)
                .orElse(Optional.of(HubSpotSyncSettings.DEFAULT_POLL_INTERVAL));
        Optional<Set<String>> pipelines = m.optional("pipelines").map(HubSpotSettingsReader::pipelines).orElse(Optional.of(Set.of()));
        if (sync.isEmpty() || interval.isEmpty() || pipelines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HubSpotSyncSettings(sync.get(), interval.get(), pipelines.get()));
    }

    /** {@code 30s}, {@code 2m}, {@code 1500ms}, or a number of seconds. */
    private static Optional<Duration> interval(YamlNode node) {
        return node.text().flatMap(text -> {
            Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                node.report("'" + text + "' is not a duration: write it like 30s, 2m or 1500ms");
                return Optional.empty();
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (d.compareTo(SHORTEST_POLL) < 0) {
                node.report("must be at least 1s (HubSpot's search index takes a few seconds to show a change anyway)");
                return Optional.empty();
            }
            return Optional.of(d);
        });
    }

    private static Optional<Set<String>> pipelines(YamlNode node) {
        return node.scalarList().flatMap(list -> {
            Set<String> pipelines = new LinkedHashSet<>();
            boolean ok = true;
            for (YamlNode item : list) {
                Optional<String> name = item.text();
                ok &= name.isPresent();
                name.ifPresent(p -> {
                    if (!pipelines.add(p.trim().toLowerCase(Locale.ROOT))) {
                        item.report("pipeline '" + p + "' is listed twice");
                    }
                });
            }
            if (ok && list.isEmpty()) {
                node.report("lists no pipeline: name the pipelines whose deals count (id or label), or leave pipelines: out for all");
                return Optional.empty();
            }
            return ok ? Optional.of(pipelines) : Optional.empty();
        });
    }
}
