package app.bonusbot.chat.slack;

import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.approval.ApprovalMessage;
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
        return SlackPeople.reachable(person);
    }

    @Override
    public void send(Person manager, ApprovalMessage message) {
        api.postMessage(people.userToMessage(manager), SlackApprovalMessage.of(message, renderer));
    }
}
