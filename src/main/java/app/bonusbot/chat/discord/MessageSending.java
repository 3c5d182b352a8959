package app.bonusbot.chat.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts and surveys sent and waited for, so that a refusal fails the delivery (and a post's week is tried again)
 * instead of being lost in a callback; Discord's refusals become a {@link DiscordDeliveryException} saying what to check.
 */
final class MessageSending {

    private MessageSending() {}

    /**
     * Opens (or finds) the direct message channel with a Discord user.
     *
     * @param where for the message of a failure: "a direct message to mette.lund (Discord user 7000…)"
     */
    static PrivateChannel directMessage(JDA jda, String userId, String where) {
        try {
            return jda.openPrivateChannelById(userId).complete();
        } catch (RuntimeException e) {
            throw DiscordDeliveryException.refused(where, e);
        }
    }

    /** JDA checks a guild channel's permissions before it sends, Discord the rest. */
    static void send(MessageChannel channel, MessageCreateData message, String where) {
        try {
            channel.sendMessage(message).complete();
        } catch (RuntimeException e) {
            throw DiscordDeliveryException.refused(where, e);
        }
    }
}
