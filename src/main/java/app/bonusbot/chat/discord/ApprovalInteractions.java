package app.bonusbot.chat.discord;

import app.bonusbot.chat.ApprovalOutcome;
import app.bonusbot.chat.ApprovalTurn;
import app.bonusbot.chat.ChatFailure;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.core.approval.ApprovalButton;
import app.bonusbot.core.people.ChatPlatform;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clicks on the Approve button of an approval message. Acknowledged at once ({@code deferEdit}); on the executor the
 * approval is recorded when the clicker is the team's manager and the figures are still those shown, and the message
 * is replaced by the answer without its button. A refusal is an ephemeral follow-up only the clicker sees; the message
 * stays as it was.
 */
public final class ApprovalInteractions extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApprovalInteractions.class);

    private final ApprovalTurn turn;
    private final Executor executor;
    private final RecentIds seen;
    private final EmbedRenderer renderer = new EmbedRenderer();

    /**
     * @param executor records the approval and edits the message, off JDA's event thread
     * @param clock how long an interaction id is remembered, so that one delivered twice counts once
     */
    public ApprovalInteractions(ApprovalTurn turn, Executor executor, Clock clock) {
        this(turn, executor, new RecentIds(clock));
    }

    /** @param seen the interactions had lately, by every process on the store */
    public ApprovalInteractions(ApprovalTurn turn, Executor executor, RecentIds seen) {
        this.turn = turn;
        this.executor = executor;
        this.seen = seen;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String componentId = event.getComponentId();
        if (componentId == null || !componentId.startsWith(ApprovalButton.PREFIX) || !seen.firstTime("interaction", event.getId())) {
            return;
        }
        String userId = event.getUser().getId();
        event.deferEdit().queue();
        InteractionHook hook = event.getHook();
        try {
            executor.execute(() -> {
                ApprovalOutcome outcome = turn.click(() -> turn.company().directory().byChatId(ChatPlatform.DISCORD, userId), componentId);
                if (outcome instanceof ApprovalOutcome.Failed failed) {
                    ChatFailure.log(log, "approval button", failed.cause());
                }
                send(hook, outcome);
            });
        } catch (RejectedExecutionException e) {
            log.warn("approval button: no worker free, asked to try again");
            send(hook, turn.busy());
        }
    }

    private void send(InteractionHook hook, ApprovalOutcome outcome) {
        if (outcome instanceof ApprovalOutcome.Approved) {
            DiscordMessage answer = renderer.message(outcome.reply(), outcome.texts());
            hook.editOriginal(new MessageEditBuilder().setEmbeds(answer.embeds()).setComponents(List.of()).build()).queue();
        } else {
            hook.sendMessage(outcome.reply().summary()).setEphemeral(true).queue();
        }
    }
}
