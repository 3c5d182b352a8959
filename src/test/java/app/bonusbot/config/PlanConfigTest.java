package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.PeriodKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every plan has: id, kind, name, period, and for most kinds an enrolment. */
class PlanConfigTest {

    @TempDir
    Path dir;

    private List<String> problemsWith(String plans) {
        return ConfigDir.valid(dir).with("plans.yaml", plans).with("targets.yaml", "").problems();
    }

    @Test
    void reads_names_in_both_languages_period_and_enrolment() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("targets.yaml", "").with("plans.yaml", """
                plans:
                  - id: bonus
                    kind: performance
                    name: {en: Quarterly bonus, da: Kvartalsbonus}
                    period: Year
                    enrolment: {people: [boss], teams: [sales]}
                    metric: {type: sum}
                    flat_rate: 1%
                """);

        // when
        Plan plan = config.load().plans().get(0);

        // then
        assertEquals(new LocalizedText(Map.of(Language.EN, "Quarterly bonus", Language.DA, "Kvartalsbonus")), plan.name());
        assertEquals(PeriodKind.YEAR, plan.periodKind());
        assertEquals(new Enrolment(Set.of("boss"), Set.of("sales")), ((PerformancePlan) plan).enrolment());
    }

    @Test
    void plans_are_required() {
        // given
        String plans = "plans:\n";

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:1 plans: is required"), problems);
    }

    @Test
    void id_kind_and_name_are_required() {
        // given
        String plans = """
                plans:
                  - period: quarter
                """;

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].id: is required", "plans.yaml:2 plans[0].kind: is required",
                "plans.yaml:2 plans[0].name: is required"), problems);
    }

    @Test
    void a_kind_is_one_of_the_five() {
        // given
        String plans = """
                plans:
                  - {id: x, kind: commission, name: X}
                """;

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].kind: must be one of performance, team, milestone, retention, stock, not 'commission'"),
                problems);
    }

    @Test
    void a_plan_id_is_unique() {
        // given
        String plans = ConfigDir.PLANS + ConfigDir.PLANS.replace("plans:\n", "");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:12 plans[1].id: plan id 'bonus' is used twice (first on line 2)"), problems);
    }

    @Test
    void a_period_is_month_quarter_or_year() {
        // given
        String plans = ConfigDir.PLANS.replace("period: quarter", "period: week");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:5 plans[0].period: must be one of month, quarter, year, not 'week'"), problems);
    }

    @Test
    void a_period_is_required() {
        // given
        String plans = ConfigDir.PLANS.replace("    period: quarter\n", "");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].period: is required"), problems);
    }

    @Test
    void a_name_in_an_unknown_language_is_reported() {
        // given
        String plans = ConfigDir.PLANS.replace("name: Bonus", "name: {en: Bonus, sv: Bonus}");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:4 plans[0].name.sv: unknown field 'sv' (known fields: en, da)"), problems);
    }

    @Test
    void a_name_needs_at_least_one_language() {
        // given
        String plans = ConfigDir.PLANS.replace("name: Bonus", "name: {}");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:4 plans[0].name: give the text in en, da or both"), problems);
    }

    @Test
    void a_field_of_another_kind_says_so() {
        // given
        String plans = ConfigDir.PLANS + "    installments: [{months: 6, amount: 100}]\n    tresholds: 0.5\n";

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:12 plans[0].installments: is not used by performance plans",
                "plans.yaml:13 plans[0].tresholds: unknown field 'tresholds' (did you mean 'threshold'?)"), problems);
    }

    @Test
    void an_enrolment_is_required() {
        // given
        String plans = ConfigDir.PLANS.replace("    enrolment: {teams: [sales]}\n", "");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].enrolment: is required"), problems);
    }

    @Test
    void an_enrolment_names_someone() {
        // given
        String plans = ConfigDir.PLANS.replace("enrolment: {teams: [sales]}", "enrolment: {teams: [], people: []}");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:6 plans[0].enrolment: must name at least one person or team"), problems);
    }

    @Test
    void enrolled_people_and_teams_must_exist() {
        // given
        String plans = ConfigDir.PLANS.replace("enrolment: {teams: [sales]}", "enrolment: {teams: [sales, sale], people: [anna, ana, anna]}");

        // when
        List<String> problems = problemsWith(plans);

        // then
        assertEquals(List.of("plans.yaml:6 plans[0].enrolment.people[2]: 'anna' is listed twice",
                "plans.yaml:6 plans[0].enrolment.people[1]: no person 'ana' in people.yaml (did you mean 'anna'?)",
                "plans.yaml:6 plans[0].enrolment.teams[1]: no team 'sale' in people.yaml (did you mean 'sales'?)"), problems);
    }
}
