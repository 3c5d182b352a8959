package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoConfigTest {

    private static final Path DEMO = Path.of("bot-config");

    @Test
    void the_demo_config_has_no_problems() {
        // given
        Path dir = DEMO;

        // when
        List<ConfigProblem> problems = ConfigLoader.check(dir);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void the_demo_company_is_danish_with_english_speakers() {
        // given
        BotConfig config = ConfigLoader.load(DEMO);

        // when
        Company company = config.company();

        // then
        assertEquals("Nordlys Software ApS", company.settings().companyName());
        assertEquals(ZoneId.of("Europe/Copenhagen"), company.settings().zone());
        assertEquals("DKK", company.settings().currency().getCurrencyCode());
        assertEquals(Language.DA, company.settings().language());
        assertTrue(company.settings().isAdmin("karin.dahl"));
        assertEquals(Language.EN, company.directory().person("anna.holm").orElseThrow().language());
    }

    @Test
    void the_demo_has_three_managed_teams_a_joiner_and_a_leaver() {
        // given
        BotConfig config = ConfigLoader.load(DEMO);

        // when
        List<Person> people = config.directory().people();

        // then
        assertEquals(3, config.directory().teams().size());
        assertTrue(config.directory().teams().stream().allMatch(t -> config.directory().person(t.managerId()).isPresent()));
        assertTrue(people.stream().anyMatch(p -> LocalDate.of(2026, 11, 2).equals(p.hireDate())));
        assertTrue(people.stream().anyMatch(p -> LocalDate.of(2026, 10, 15).equals(p.leaveDate())));
        assertEquals(9, people.stream().filter(p -> p.teamId() != null).count());
    }

    @Test
    void the_demo_covers_all_five_plan_kinds_and_anna_is_on_all_of_them() {
        // given
        Company company = ConfigLoader.load(DEMO).company();
        Person anna = company.directory().person("anna.holm").orElseThrow();

        // when
        Set<String> kinds = company.plans().stream().map(Plan::kindName).collect(Collectors.toSet());
        Set<String> annasKinds = company.plansOf(anna).stream().map(Plan::kindName).collect(Collectors.toSet());

        // then
        assertEquals(Set.of("performance", "team", "milestone", "retention", "stock"), kinds);
        assertEquals(kinds, annasKinds);
        int most = company.directory().people().stream().mapToInt(p -> company.plansOf(p).size()).max().orElseThrow();
        assertEquals(most, company.plansOf(anna).size());
    }

    @Test
    void the_demo_has_targets_for_the_previous_current_and_next_quarter() {
        // given
        Company company = ConfigLoader.load(DEMO).company();

        // when / then
        for (String quarter : List.of("2026-Q3", "2026-Q4", "2027-Q1")) {
            Period period = Period.parse(quarter).orElseThrow();
            assertTrue(company.targets().find(OwnerKind.PERSON, "anna.holm", "quarterly-bonus", period).isPresent(), quarter);
            assertTrue(company.targets().find(OwnerKind.TEAM, "nordics", "new-business-team", period).isPresent(), quarter);
        }
    }
}
