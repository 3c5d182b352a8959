package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.payout.ClawbackPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plans.yaml {@code clawback}: none, full, or {within_days: N}; full when left out. */
class ClawbackConfigTest {

    @TempDir
    Path dir;

    private ConfigDir withClawback(String line) {
        return ConfigDir.valid(dir).with("plans.yaml", ConfigDir.PLANS + (line.isEmpty() ? "" : "    " + line + "\n"));
    }

    @Test
    void each_form_is_read_and_a_plan_without_one_claws_back_in_full() {
        // GIVEN/WHEN plans.yaml with each form, and without one
        // THEN each is the policy it says
        assertEquals(ClawbackPolicy.DEFAULT, ClawbackPolicy.of(withClawback("").load().clawbacks(), "bonus"));
        assertEquals(ClawbackPolicy.Mode.NONE, ClawbackPolicy.of(withClawback("clawback: none").load().clawbacks(), "bonus").mode());
        assertEquals(ClawbackPolicy.DEFAULT, ClawbackPolicy.of(withClawback("clawback: full").load().clawbacks(), "bonus"));
        assertEquals(ClawbackPolicy.withinDays(30), ClawbackPolicy.of(withClawback("clawback: {within_days: 30}").load().clawbacks(), "bonus"));
    }

    @Test
    void config_check_names_file_and_line_of_a_bad_clawback() {
        // GIVEN/WHEN a word that is no policy, a negative window, an unknown field, a list
        // THEN each is reported at its line in plans.yaml
        assertEquals(List.of("plans.yaml:12 plans[0].clawback: must be one of none, full, not 'sometimes'"), withClawback("clawback: sometimes").problems());
        assertEquals(List.of("plans.yaml:12 plans[0].clawback.within_days: must not be negative"), withClawback("clawback: {within_days: -1}").problems());
        assertEquals(List.of("plans.yaml:12 plans[0].clawback.within_day: unknown field 'within_day' (did you mean 'within_days'?)",
                "plans.yaml:12 plans[0].clawback.within_days: is required"), withClawback("clawback: {within_day: 3}").problems());
        assertEquals(List.of("plans.yaml:12 plans[0].clawback: must be none, full or {within_days: N}, not a list"), withClawback("clawback: [full]").problems());
    }
}
