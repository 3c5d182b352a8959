package app.bonusbot.chat.slack;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SurveyOutcome;
import app.bonusbot.chat.SurveyTurn;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.SurveyCommands;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A click on a survey button in a direct message: acknowledged at once; the answer is stored on the executor exactly
 * as if it had been typed ({@code /bonus feedback ID VALUE}), and the message is replaced with the form as it now
 * stands. A click after the round closed replaces the form with a note saying so. Logs never say who answered what.
 */
final class SurveyButtons extends ButtonClicks {

    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackSurveyMessage.ACTION_PREFIX) + ".*");

    private final SurveyCommands surveys;
    private final SurveyTurn turn;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    SurveyButtons(SlackApi api, SurveyCommands surveys, Supplier<Company> company, SlackPeople people, RecentIds deliveries, Executor executor) {
        super("survey", api, deliveries, executor);
        this.surveys = surveys;
        this.turn = new SurveyTurn(surveys, company);
        this.people = people;
    }

    @Override
    ActionResponse answer(String userId, String value) {
        Optional<SlackSurveyMessage.Click> click = SlackSurveyMessage.Click.parse(value);
        SurveyOutcome outcome = turn.answer(() -> surveys.person(people.personId(userId)),
                click.map(c -> new SurveyTurn.At(c.runId(), c.questionId())), click.map(SlackSurveyMessage.Click::value).orElse(""));
        if (outcome instanceof SurveyOutcome.Failed failed) {
            ChatFailure.log(log, "survey button", failed.cause());
        }
        return response(outcome);
    }

    @Override
    ActionResponse busy() {
        return response(turn.busy());
    }

    /**
     * An answer stored replaces the form with the form as it now stands; one refused, a busy worker or a failure is a
     * note under the form, which stays as it was; anything else replaces the form with a note.
     */
    private ActionResponse response(SurveyOutcome outcome) {
        Texts texts = outcome.texts();
        if (outcome instanceof SurveyOutcome.Recorded recorded) {
            return replacing(SlackSurveyMessage.of(recorded.form(), Optional.of(recorded.lead()), texts));
        }
        if (outcome instanceof SurveyOutcome.Refused) {
            return note(renderer.message(outcome.reply(), texts));
        }
        if (outcome instanceof SurveyOutcome.Busy || outcome instanceof SurveyOutcome.Failed) {
            return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(outcome.reply().summary()).build();
        }
        return replacing(renderer.message(outcome.reply(), texts));
    }
}
