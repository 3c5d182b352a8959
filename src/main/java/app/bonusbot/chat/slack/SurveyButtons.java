package app.bonusbot.chat.slack;

import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.SurveyOutcome;
import app.bonusbot.chat.SurveyTurn;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.SurveyCommands;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a survey button in a direct message: acknowledged at once; the answer is stored on the executor exactly
 * as if it had been typed ({@code /bonus feedback ID VALUE}), and the message is replaced with the form as it now
 * stands. A click after the round closed replaces the form with a note saying so. Logs never say who answered what.
 */
final class SurveyButtons implements BlockActionHandler {

    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackSurveyMessage.ACTION_PREFIX) + ".*");

    private static final Logger log = LoggerFactory.getLogger(SurveyButtons.class);

    private final SlackApi api;
    private final SurveyCommands surveys;
    private final SurveyTurn turn;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;

    SurveyButtons(SlackApi api, SurveyCommands surveys, Supplier<Company> company, SlackPeople people, RecentIds deliveries, Executor executor) {
        this.api = api;
        this.surveys = surveys;
        this.turn = new SurveyTurn(surveys, company);
        this.people = people;
        this.deliveries = deliveries;
        this.executor = executor;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getResponseUrl() == null) {
            return ctx.ack();
        }
        if (payload.getTriggerId() != null && !deliveries.firstTime("survey", payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        try {
            executor.execute(() -> answer(userId, value, payload.getResponseUrl()));
        } catch (RejectedExecutionException e) {
            log.warn("survey button: no worker free, asked to try again");
            respond(payload.getResponseUrl(), response(turn.busy()));
        }
        return ctx.ack();
    }

    private void answer(String userId, String value, String responseUrl) {
        Optional<SlackSurveyMessage.Click> click = SlackSurveyMessage.Click.parse(value);
        SurveyOutcome outcome = turn.answer(() -> surveys.person(people.personId(userId)),
                click.map(c -> new SurveyTurn.At(c.runId(), c.questionId())), click.map(SlackSurveyMessage.Click::value).orElse(""));
        if (outcome instanceof SurveyOutcome.Failed failed) {
            ChatFailure.log(log, "survey button", failed.cause());
        }
        respond(responseUrl, response(outcome));
    }

    private void respond(String responseUrl, ActionResponse response) {
        try {
            api.respond(responseUrl, response);
        } catch (SlackCallException e) {
            log.warn("survey button: the response URL did not take the answer ({})", e.error());
        }
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
            SlackMessage message = renderer.message(outcome.reply(), texts);
            return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(message.text()).blocks(message.blocks()).build();
        }
        if (outcome instanceof SurveyOutcome.Busy || outcome instanceof SurveyOutcome.Failed) {
            return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(outcome.reply().summary()).build();
        }
        return replacing(renderer.message(outcome.reply(), texts));
    }

    /** The message the button was on, replaced by this one. */
    static ActionResponse replacing(SlackMessage message) {
        return ActionResponse.builder().replaceOriginal(true).text(message.text()).blocks(message.blocks()).build();
    }
}
