package app.bonusbot.chat.slack;

import app.bonusbot.chat.ApprovalOutcome;
import app.bonusbot.chat.ApprovalTurn;
import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * A click on the Approve button of an approval message: acknowledged at once; on the executor the approval is
 * recorded when the clicker is the team's manager and the figures are still those shown, and the message is replaced
 * by the answer, without its button. A refusal (someone else, figures changed since) is a note only the clicker sees,
 * under the message as it was.
 */
final class ApprovalButtons extends ButtonClicks {

    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackApprovalMessage.ACTION) + "$");

    private final ApprovalTurn turn;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    ApprovalButtons(SlackApi api, ApprovalTurn turn, SlackPeople people, RecentIds deliveries, Executor executor) {
        super("approval", api, deliveries, executor);
        this.turn = turn;
        this.people = people;
    }

    @Override
    ActionResponse answer(String userId, String value) {
        ApprovalOutcome outcome = turn.click(() -> turn.person(people.personId(userId)), value);
        if (outcome instanceof ApprovalOutcome.Failed failed) {
            ChatFailure.log(log, "approval button", failed.cause());
        }
        return response(outcome);
    }

    @Override
    ActionResponse busy() {
        return response(turn.busy());
    }

    /** Approved replaces the message (its button gone); anything else is a note only the clicker sees. */
    private ActionResponse response(ApprovalOutcome outcome) {
        SlackMessage message = renderer.message(outcome.reply(), outcome.texts());
        return outcome instanceof ApprovalOutcome.Approved ? replacing(message) : note(message);
    }
}
