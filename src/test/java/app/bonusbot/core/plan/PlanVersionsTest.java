package app.bonusbot.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which version of a plan is in force on a day. */
class PlanVersionsTest {

    private static RetentionPlan plan(String name, String person) {
        return new RetentionPlan("loyalty", LocalizedText.of(name), PeriodKind.QUARTER, new Enrolment(Set.of(person), Set.of()), List.of());
    }

    private static final RetentionPlan FIRST = plan("Loyalty", "anna");
    private static final RetentionPlan SECOND = plan("Loyalty 2027", "bo");
    private static final PlanVersions VERSIONS = new PlanVersions(Map.of("loyalty", List.of(
            new PlanVersion(null, LocalDate.of(2026, 12, 31), FIRST),
            new PlanVersion(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), SECOND))));

    @Test
    void each_day_has_the_version_in_force_on_it_and_none_after_the_last_one_ends() {
        // given versions until 2026, then for the first half of 2027

        // when
        Optional<Plan> lastDayOfFirst = VERSIONS.inForce(FIRST, LocalDate.of(2026, 12, 31));
        Optional<Plan> firstDayOfSecond = VERSIONS.inForce(FIRST, LocalDate.of(2027, 1, 1));
        Optional<Plan> afterTheEnd = VERSIONS.inForce(FIRST, LocalDate.of(2027, 7, 1));

        // then
        assertEquals(Optional.of(FIRST), lastDayOfFirst);
        assertEquals(Optional.of(SECOND), firstDayOfSecond);
        assertEquals(Optional.empty(), afterTheEnd);
        assertEquals(LocalDate.of(2027, 1, 1), VERSIONS.version("loyalty", LocalDate.of(2027, 3, 1)).orElseThrow().from());
    }

    @Test
    void a_plan_without_versions_is_in_force_as_it_is_and_names_no_version() {
        // given
        RetentionPlan other = new RetentionPlan("other", LocalizedText.of("Other"), PeriodKind.YEAR, new Enrolment(Set.of("anna"), Set.of()), List.of());

        // when
        Optional<Plan> inForce = VERSIONS.inForce(other, LocalDate.of(1999, 1, 1));

        // then
        assertEquals(Optional.of(other), inForce);
        assertEquals(Optional.empty(), VERSIONS.version("other", LocalDate.of(1999, 1, 1)));
    }
}
