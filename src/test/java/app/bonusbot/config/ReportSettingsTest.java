package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.report.FindingRule;
import app.bonusbot.core.report.ReportSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.yaml {@code report:}: the README's defaults without it, read as written, every mistake named with file and line. */
class ReportSettingsTest {

    @TempDir
    Path dir;

    @Test
    void without_a_report_section_the_documented_defaults_apply() {
        // WHEN a configuration without report: is loaded
        ReportSettings settings = ConfigDir.valid(dir).load().report();
        // THEN four periods back, no individual pay, k = 3, and each rule at its default threshold
        assertEquals(ReportSettings.DEFAULTS, settings);
        assertEquals(Optional.of(new BigDecimal("50")), settings.threshold(FindingRule.BELOW_THRESHOLD));
        assertEquals(Optional.of(new BigDecimal("10")), settings.threshold(FindingRule.CAP_HIT));
        assertEquals(Optional.of(new BigDecimal("0.5")), settings.threshold(FindingRule.SURVEY_DROP));
        assertEquals(Optional.of(new BigDecimal("1.0")), settings.threshold(FindingRule.COST_OF_SALES_RISE));
    }

    @Test
    void the_report_section_sets_the_periods_privacy_and_each_rule() {
        // GIVEN
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                report:
                  previous_periods: 6
                  show_individual_pay: true
                  min_group_size: 4
                  rules: {below_threshold_share: 60, survey_drop: 0.3, response_rate_below: off, pool_missed_periods: 2}
                """);
        // THEN
        assertEquals(new ReportSettings(6, true, 4, Map.of(FindingRule.BELOW_THRESHOLD, new BigDecimal("60"), FindingRule.SURVEY_DROP, new BigDecimal("0.3"),
                FindingRule.POOL_MISSED, new BigDecimal("2")), Set.of(FindingRule.LOW_RESPONSE)), config.load().report());
    }

    @Test
    void config_check_names_each_bad_report_setting_with_its_line() {
        // GIVEN too many periods, a flag that is none, a share over 100, a drop that is no number, and a rule that does not exist
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                report:
                  previous_periods: 30
                  show_individual_pay: maybe
                  rules:
                    cap_hit_share: 120
                    survey_drop: lots
                    cap_share: 10
                """);
        // WHEN checked
        List<String> problems = config.problems();
        // THEN each is named where it is
        assertEquals(5, problems.size(), problems.toString());
        assertEquals("settings.yaml:7 report.previous_periods: must be at most 24", problems.get(0));
        assertEquals("settings.yaml:8 report.show_individual_pay: must be one of true, false, yes, no, not 'maybe'", problems.get(1));
        assertEquals("settings.yaml:10 report.rules.cap_hit_share: is a percentage and must be 0 to 100 (or off), not 120", problems.get(2));
        assertEquals(true, problems.get(3).startsWith("settings.yaml:11 report.rules.survey_drop: "), problems.get(3));
        assertEquals(true, problems.get(4).startsWith("settings.yaml:12 report.rules.cap_share: unknown field 'cap_share'"), problems.get(4));
    }
}
