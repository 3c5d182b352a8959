package app.bonusbot.chat.slack;

import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.approval.ApprovalMessage;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;

/**
 * Approval asks and reminders in Slack: a direct message from the bot to the manager with their team's figures and
 * the Approve button ({@link SlackApprovalMessage}). A manager without a Slack user cannot be reached: that throws.
 */
public final class SlackApprovalDelivery implements ApprovalDelivery {

    private final SlackApi api;
    private final SlackPeople people;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    /** @param people finds each person's Slack user: their slack_id, or by e-mail */
    public SlackApprovalDelivery(SlackApi api, SlackPeople people) {
        this.api = api;
        this.people = people;
    }

    /** Someone with a slack_id, or an e-mail to find their Slack user by. */
    @Override
    public boolean reaches(Person person) {
        return person.chatId(ChatPlatform.SLACK).isPresent() || person.email() != null;
    }

    @Override
    public void send(Person manager, ApprovalMessage message) {
        String userId = people.slackUserId(manager).orElseThrow(() -> new SlackCallException("chat.postMessage",
                "no Slack user for " + manager.id() + " (no slack_id in people.yaml, and no Slack member with their e-mail)"));
        api.postMessage(userId, SlackApprovalMessage.of(message, renderer));
    }
}
