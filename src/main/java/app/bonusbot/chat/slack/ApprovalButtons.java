package app.bonusbot.chat.slack;

import app.bonusbot.chat.ApprovalOutcome;
import app.bonusbot.chat.ApprovalTurn;
import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on the Approve button of an approval message: acknowledged at once; on the executor the approval is
 * recorded when the clicker is the team's manager and the figures are still those shown, and the message is replaced
 * by the answer, without its button. A refusal (someone else, figures changed since) is a note only the clicker sees,
 * under the message as it was.
 */
final class ApprovalButtons implements BlockActionHandler {

    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackApprovalMessage.ACTION) + "$");

    private static final Logger log = LoggerFactory.getLogger(ApprovalButtons.class);

    private final SlackApi api;
    private final ApprovalTurn turn;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final RecentIds deliveries;
    private final Executor executor;

    ApprovalButtons(SlackApi api, ApprovalTurn turn, SlackPeople people, RecentIds deliveries, Executor executor) {
        this.api = api;
        this.turn = turn;
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
        if (payload.getTriggerId() != null && !deliveries.firstTime("approval", payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        try {
            executor.execute(() -> {
                ApprovalOutcome outcome = turn.click(() -> turn.person(people.personId(userId)), value);
                if (outcome instanceof ApprovalOutcome.Failed failed) {
                    ChatFailure.log(log, "approval button", failed.cause());
                }
                respond(payload.getResponseUrl(), response(outcome));
            });
        } catch (RejectedExecutionException e) {
            log.warn("approval button: no worker free, asked to try again");
            respond(payload.getResponseUrl(), response(turn.busy()));
        }
        return ctx.ack();
    }

    private void respond(String responseUrl, ActionResponse response) {
        try {
            api.respond(responseUrl, response);
        } catch (SlackCallException e) {
            log.warn("approval button: the response URL did not take the answer ({})", e.error());
        }
    }

    /** Approved replaces the message (its button gone); anything else is a note only the clicker sees. */
    private ActionResponse response(ApprovalOutcome outcome) {
        SlackMessage message = renderer.message(outcome.reply(), outcome.texts());
        if (outcome instanceof ApprovalOutcome.Approved) {
            return SurveyButtons.replacing(message);
        }
        return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(message.text()).blocks(message.blocks()).build();
    }
}
