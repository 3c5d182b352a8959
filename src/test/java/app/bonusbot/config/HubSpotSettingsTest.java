package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.imports.HubSpotSyncSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml {@code hubspot:}: read, defaulted, and every mistake reported with file, line and field. */
class HubSpotSettingsTest {

    @TempDir
    Path dir;

    @Test
    void without_a_hubspot_section_the_sync_is_on_every_30_seconds_for_every_pipeline() {
        // WHEN a configuration without hubspot: is loaded
        BotConfig config = ConfigDir.valid(dir).load();
        // THEN the defaults hold
        assertEquals(new HubSpotSyncSettings(true, Duration.ofSeconds(30), Set.of()), config.hubspot());
    }

    @Test
    void the_hubspot_section_sets_sync_poll_interval_and_pipelines() {
        // GIVEN a hubspot section
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                hubspot:
                  sync: false
                  poll_interval: 2m
                  pipelines: [default, Renewals]
                """);
        // THEN it is read as written, pipelines compared case-insensitively
        HubSpotSyncSettings hubspot = config.load().hubspot();
        assertEquals(new HubSpotSyncSettings(false, Duration.ofMinutes(2), Set.of("default", "renewals")), hubspot);
        assertEquals(true, hubspot.counts("renewals", "RENEWALS"));
        assertEquals(false, hubspot.counts("other", "Other"));
    }

    @Test
    void config_check_names_each_bad_hubspot_setting_with_its_line() {
        // GIVEN a hubspot section with a bad interval, a bad flag, an empty pipeline list and a typo
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                hubspot:
                  sync: maybe
                  poll_interval: fast
                  pipelines: []
                  pipeline: default
                """);
        // WHEN checked
        List<String> problems = config.problems();
        // THEN each is named where it is
        assertEquals(List.of(
                "settings.yaml:7 hubspot.sync: must be one of true, false, yes, no, on, off, not 'maybe'",
                "settings.yaml:8 hubspot.poll_interval: 'fast' is not a duration: write it like 30s, 2m or 1500ms",
                "settings.yaml:9 hubspot.pipelines: lists no pipeline: name the pipelines whose deals count (id or label), or leave pipelines: out for all",
                "settings.yaml:10 hubspot.pipeline: unknown field 'pipeline' (did you mean 'pipelines'?)"), problems);
    }

    @Test
    void a_poll_interval_under_a_second_is_refused() {
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "hubspot:\n  poll_interval: 500ms\n");
        assertEquals(List.of("settings.yaml:7 hubspot.poll_interval: must be at least 1s (HubSpot's search index takes a few seconds to show a change"
                + " anyway)"), config.problems());
    }
}
