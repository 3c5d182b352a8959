package app.bonusbot.chat.slack;

import app.bonusbot.chat.RecentIds;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every click on a button of the bot's direct messages (a survey's answers, an approval's Approve) gets:
 * acknowledged at once, as Slack wants within three seconds; a click Slack delivers again is dropped; the work is done
 * on the executor and its answer goes to the message's response URL. With no worker free, the click is answered at once
 * with the busy note, and the person clicks again.
 */
abstract class ButtonClicks implements BlockActionHandler {

    /** Under the subclass's name, as each button logged before they shared this. */
    final Logger log = LoggerFactory.getLogger(getClass());

    private final String kind;
    private final SlackApi api;
    private final RecentIds deliveries;
    private final Executor executor;

    /** @param kind "survey", "approval": what the logs call the button, and how a delivery Slack repeats is told apart */
    ButtonClicks(String kind, SlackApi api, RecentIds deliveries, Executor executor) {
        this.kind = kind;
        this.api = api;
        this.deliveries = deliveries;
        this.executor = executor;
    }

    /** On the executor: what the click of Slack user {@code userId} on the button with {@code value} answers. */
    abstract ActionResponse answer(String userId, String value);

    /** The answer when no worker is free to take the click. */
    abstract ActionResponse busy();

    @Override
    public final Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getResponseUrl() == null) {
            return ctx.ack();
        }
        if (payload.getTriggerId() != null && !deliveries.firstTime(kind, payload.getTriggerId())) {
            return ctx.ack();
        }
        String userId = payload.getUser().getId();
        String value = payload.getActions().get(0).getValue();
        try {
            executor.execute(() -> respond(payload.getResponseUrl(), answer(userId, value)));
        } catch (RejectedExecutionException e) {
            log.warn("{} button: no worker free, asked to try again", kind);
            respond(payload.getResponseUrl(), busy());
        }
        return ctx.ack();
    }

    private void respond(String responseUrl, ActionResponse response) {
        try {
            api.respond(responseUrl, response);
        } catch (SlackCallException e) {
            log.warn("{} button: the response URL did not take the answer ({})", kind, e.error());
        }
    }

    /** The message the button was on, replaced by this one. */
    static ActionResponse replacing(SlackMessage message) {
        return ActionResponse.builder().replaceOriginal(true).text(message.text()).blocks(message.blocks()).build();
    }

    /** A note only the clicker sees, under the message, which stays as it was. */
    static ActionResponse note(SlackMessage message) {
        return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(message.text()).blocks(message.blocks()).build();
    }
}
