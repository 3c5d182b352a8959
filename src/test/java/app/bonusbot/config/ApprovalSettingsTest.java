package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.approval.ApprovalSettings;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml {@code approval:}: off by default, read as written, every mistake named with file, line and field. */
class ApprovalSettingsTest {

    @TempDir
    Path dir;

    @Test
    void without_an_approval_section_no_approval_is_required() {
        // WHEN a configuration without approval: is loaded
        BotConfig config = ConfigDir.valid(dir).load();
        // THEN
        assertEquals(ApprovalSettings.OFF, config.approval());
    }

    @Test
    void the_approval_section_sets_required_and_the_reminder_time() {
        // GIVEN
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                approval: {required: true, remind_at: "08:30"}
                """);
        // THEN
        assertEquals(new ApprovalSettings(true, LocalTime.of(8, 30)), config.load().approval());
    }

    @Test
    void config_check_names_each_bad_approval_setting_with_its_line() {
        // GIVEN a flag that is none, a time that is none, and a typo
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                approval:
                  required: sometimes
                  remind_at: "25:00"
                  remind: "09:00"
                """);
        // WHEN checked
        List<String> problems = config.problems();
        // THEN each is named where it is
        assertEquals(List.of(
                "settings.yaml:7 approval.required: must be one of true, false, yes, no, not 'sometimes'",
                "settings.yaml:8 approval.remind_at: must be a time of day written HH:mm (00:00–23:59), quoted: remind_at: \"09:00\"; not '25:00'",
                "settings.yaml:9 approval.remind: unknown field 'remind' (known fields: required, remind_at)"), problems);
    }
}
