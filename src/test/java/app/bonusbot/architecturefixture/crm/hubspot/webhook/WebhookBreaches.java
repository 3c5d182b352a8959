package app.bonusbot.architecturefixture.crm.hubspot.webhook;

import app.bonusbot.architecturefixture.slack.SlackReply;
import app.bonusbot.architecturefixture.store.Ledger;

/** A webhook check reaching into what it must not know. */
public final class WebhookBreaches {

    private WebhookBreaches() {}

    /** Writes to the store itself instead of asking the sync for a pass. */
    public record WritesTheStore(Ledger ledger) {}

    /** Knows the chat platform whose listener it happens to sit on. */
    public record KnowsSlack(SlackReply reply) {}

    /** Only the JDK: what the rule allows. */
    public record ChecksASignature(byte[] key) {}
}
