package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.DemoCompany;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyDelivery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggestions for {@code /bonus} options on the demo company of bot-config/, at noon on 27 November 2026: Anna sells
 * in Nordics (English), Mette manages Nordics (Danish), Karin is the admin (Danish).
 */
class OptionSuggestionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private Application application;

    @BeforeEach
    void the_demo_company() {
        application = DemoCompany.open(DemoCompany.configCopy(dir), dir, TODAY);
    }

    @AfterEach
    void close() {
        application.close();
    }

    private OptionSuggestions suggestions() {
        return suggestions(application::company);
    }

    private OptionSuggestions suggestions(Supplier<Company> company) {
        return new OptionSuggestions(company, application.surveys(), application.config().dealMapping().dealTypes().values(), application.clock());
    }

    private List<Suggestion> suggested(String personId, String path, String option, String typed) {
        return suggested(personId, path, option, typed, Map.of());
    }

    private List<Suggestion> suggested(String personId, String path, String option, String typed, Map<String, String> given) {
        return suggestions().suggest(personId, path, option, typed, given);
    }

    private static List<String> values(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::value).toList();
    }

    private static Suggestion s(String name, String value) {
        return new Suggestion(name, value);
    }

    @Test
    void periods_are_named_and_keyed_as_fiscal_periods_when_the_fiscal_year_starts_in_april() {
        // given the demo company with a fiscal year starting in April: 27 November 2026 is in FY2027 Q3
        Path config = DemoCompany.configCopy(dir.resolve("april"));
        DemoCompany.replace(config.resolve("settings.yaml"), "demo_data: false", "demo_data: false\nfiscal_year_start: April");
        try (Application april = DemoCompany.open(config, dir.resolve("april"), TODAY)) {
            OptionSuggestions suggestions = new OptionSuggestions(april::company, april.surveys(), april.config().dealMapping().dealTypes().values(),
                    april.clock());

            // when
            List<Suggestion> periods = suggestions.suggest("anna.holm", "status", "period", "", Map.of());
            List<Suggestion> typed = suggestions.suggest("anna.holm", "status", "period", "2027-Q1", Map.of());

            // then
            assertEquals(List.of(s("current (FY2027 Q3)", "current"), s("previous (FY2027 Q2)", "previous"), s("FY2027 Q3 (FY2027-Q3)", "FY2027-Q3"),
                    s("FY2027 Q2 (FY2027-Q2)", "FY2027-Q2"), s("November 2026 (2026-11)", "2026-11"), s("FY2027", "FY2027")), periods);
            assertEquals(List.of(s("FY2027 Q1 (FY2027-Q1)", "FY2027-Q1")), typed);
        }
    }

    @Test
    void periods_are_current_and_previous_named_with_the_callers_quarters_then_nearby_period_keys() {
        // when
        List<Suggestion> periods = suggested("anna.holm", "status", "period", "");
        // then
        assertEquals(List.of(s("current (Q4 2026)", "current"), s("previous (Q3 2026)", "previous"), s("Q4 2026 (2026-Q4)", "2026-Q4"),
                s("Q3 2026 (2026-Q3)", "2026-Q3"), s("November 2026 (2026-11)", "2026-11"), s("2026", "2026")), periods);
    }

    @Test
    void periods_are_named_in_the_callers_language_for_the_plans_of_the_team_they_manage() {
        // when Mette, who manages Nordics and speaks Danish, asks for her team
        List<Suggestion> periods = suggested("mette.lund", "team", "period", "");
        // then
        assertEquals(s("nu (4. kvartal 2026)", "current"), periods.get(0));
        assertEquals(s("forrige (3. kvartal 2026)", "previous"), periods.get(1));
        assertEquals(s("november 2026 (2026-11)", "2026-11"), periods.get(4));
    }

    @Test
    void periods_of_an_admin_status_are_those_of_the_person_asked_about() {
        // when Karin, who is on no monthly plan herself, asks about Ida of the renewals team
        List<Suggestion> periods = suggested("karin.dahl", "admin status", "period", "", Map.of("person", "Ida Mortensen"));
        // then Ida's monthly expansion commission and her quarterly plans both show
        assertEquals(s("nu (november 2026, 4. kvartal 2026)", "current"), periods.get(0));
    }

    @Test
    void periods_are_filtered_by_what_was_typed_and_by_what_it_means() {
        // then
        assertEquals(List.of("2026-Q3", "previous"), values(suggested("anna.holm", "status", "period", "q3")));
        assertEquals(List.of("previous"), values(suggested("anna.holm", "status", "period", "forrige")));
        assertEquals(List.of("2026-11"), values(suggested("anna.holm", "status", "period", "NOV")));
        assertEquals(List.of(s("Q2 2025 (2025-Q2)", "2025-Q2")), suggested("anna.holm", "status", "period", "2025-q2"));
        assertEquals(List.of(), suggested("anna.holm", "status", "period", "last quarter"));
    }

    @Test
    void plans_are_the_callers_own_by_name_with_their_id_as_the_value() {
        // when
        List<Suggestion> all = suggested("anna.holm", "explain", "plan", "");
        List<Suggestion> typed = suggested("anna.holm", "explain", "plan", "qua");
        // then
        assertTrue(all.contains(s("Win-rate kicker (win-rate-kicker)", "win-rate-kicker")), all.toString());
        assertEquals(values(all), application.company().plansOf(application.company().directory().person("anna.holm").orElseThrow()).stream()
                .map(p -> p.id()).toList());
        assertEquals(List.of(s("Quarterly new business bonus (quarterly-bonus)", "quarterly-bonus")), typed);
    }

    @Test
    void deal_types_are_the_default_first_then_the_words_imports_map_to_and_plans_count() {
        // then
        // settings.yaml names the demo's deal types, so they are offered by name with the word to type
        assertEquals(List.of(s("New business (new, default)", "new"), s("Cross-sell (cross_sell)", "cross_sell"), s("Renewal (renewal)", "renewal"),
                s("Upsell (upsell)", "upsell")),
                suggested("anna.holm", "whatif", "deal_type", ""));
        assertEquals(List.of("renewal"), values(suggested("anna.holm", "whatif", "deal_type", "REN")));
        assertEquals(List.of(s("Nysalg (new, standard)", "new"), s("Fornyelse (renewal)", "renewal")), suggested("mette.lund", "whatif", "deal_type", "new"));
    }

    @Test
    void questions_are_those_of_the_open_survey_numbered_with_their_ids_as_values() {
        // given nothing open yet
        assertEquals(List.of(), suggested("anna.holm", "feedback", "question", ""));
        Survey survey = application.config().surveys().get(0);
        application.surveyRounds(SurveyDelivery.NONE).openNow(survey);
        // when
        List<Suggestion> questions = suggested("anna.holm", "feedback", "question", "");
        // then
        assertEquals(survey.questions().stream().map(q -> q.id()).toList(), values(questions));
        assertEquals(s("1. I understand exactly how my bonus is calculated.", "clarity"), questions.get(0));
        assertEquals(List.of("targets"), values(suggested("anna.holm", "feedback", "question", "achievable")));
        assertEquals(List.of(), suggested("mette.lund", "feedback", "question", ""), "managers are not asked");
    }

    @Test
    void people_are_suggested_to_admins_only_and_only_those_employed_today() {
        // when
        List<Suggestion> forKarin = suggested("karin.dahl", "admin status", "person", "");
        // then
        assertEquals(List.of(s("Anna Holm (anna.holm)", "anna.holm"), s("Hanna Vogel (hanna.vogel)", "hanna.vogel")),
                suggested("karin.dahl", "admin status", "person", "anna"));
        assertEquals(12, forKarin.size(), forKarin.toString());
        assertTrue(values(forKarin).stream().noneMatch("frederik.krogh"::equals), "left on 15 October");
        assertEquals(List.of(), suggested("anna.holm", "admin status", "person", ""));
        assertEquals(List.of(), suggested("mette.lund", "admin status", "person", "anna"));
    }

    @Test
    void surveys_are_suggested_with_their_titles_to_those_who_may_see_results() {
        // then
        assertEquals(List.of(s("Din mening om bonusordningen (bonus-plan)", "bonus-plan")), suggested("karin.dahl", "survey results", "survey", ""));
        assertEquals(List.of("bonus-plan"), values(suggested("mette.lund", "survey results", "survey", "mening")));
        assertEquals(List.of(), suggested("anna.holm", "survey results", "survey", ""));
    }

    @Test
    void no_more_than_twenty_five_are_suggested() {
        // given a company of 40 more people
        Supplier<Company> bigger = () -> {
            Company c = application.company();
            List<Person> people = new ArrayList<>(c.directory().people());
            for (int i = 1; i <= 40; i++) {
                people.add(new Person("seller." + i, "Seller " + i, null, "nordics", TODAY.minusYears(1), null, null, Map.of()));
            }
            return new Company(c.settings(), new Directory(people, c.directory().teams()), c.plans(), c.targets());
        };
        // when
        List<Suggestion> people = suggestions(bigger).suggest("karin.dahl", "admin status", "person", "", Map.of());
        // then
        assertEquals(OptionSuggestions.MAX, people.size());
        assertEquals(25, OptionSuggestions.MAX);
    }

    @Test
    void someone_bonusbot_does_not_know_is_offered_only_what_is_the_same_for_everyone() {
        // then
        for (String nobody : new String[] {null, "nobody.here"}) {
            assertEquals(List.of(), suggested(nobody, "explain", "plan", ""));
            assertEquals(List.of(), suggested(nobody, "feedback", "question", ""));
            assertEquals(List.of(), suggested(nobody, "admin status", "person", ""));
            assertEquals(List.of(), suggested(nobody, "survey results", "survey", ""));
            assertEquals(s("nu", "current"), suggested(nobody, "status", "period", "").get(0));
            assertEquals("new", suggested(nobody, "whatif", "deal_type", "").get(0).value());
        }
    }

    @Test
    void free_text_options_get_no_suggestions() {
        // then
        assertEquals(List.of(), suggested("anna.holm", "whatif", "amount", "5"));
        assertEquals(List.of(), suggested("anna.holm", "feedback", "answer", ""));
    }
}
