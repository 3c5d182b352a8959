package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.bot.Application;
import app.bonusbot.DemoCompany;
import app.bonusbot.core.survey.SurveyDelivery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OptionSuggestions} offers values for exactly the options the catalogue says are suggested. */
class SuggestedOptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** A seller, a manager and the admin of the demo company: between them, every suggestion has someone to see it. */
    private static final List<String> PEOPLE = List.of("anna.holm", "mette.lund", "karin.dahl");

    @TempDir
    Path dir;

    private Application application;

    @BeforeEach
    void the_demo_company_with_its_survey_open() {
        application = DemoCompany.open(DemoCompany.configCopy(dir), dir, TODAY);
        application.surveyRounds(SurveyDelivery.NONE).openNow(application.config().surveys().get(0));
    }

    @AfterEach
    void close() {
        application.close();
    }

    @Test
    void every_option_of_every_sub_command_has_suggestions_exactly_when_the_catalogue_says_so() {
        // given
        OptionSuggestions suggestions = new OptionSuggestions(application::company, application.surveys(),
                application.config().dealMapping().dealTypes().values(), application.clock());
        for (SubCommand subCommand : SubCommand.values()) {
            for (OptionSpec option : subCommand.options()) {
                // when
                boolean offered = PEOPLE.stream()
                        .anyMatch(p -> !suggestions.suggest(p, subCommand.path(), option.name(), "", Map.of()).isEmpty());
                // then
                assertEquals(option.suggested(), offered, subCommand.path() + " " + option.name());
            }
        }
    }
}
