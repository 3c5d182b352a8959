package app.bonusbot.chat.discord;

import app.bonusbot.core.dispute.DisputeNotices;
import app.bonusbot.core.dispute.SalesOpsNotice;
import app.bonusbot.core.dispute.SellerNotice;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Dispute notices in Discord: sales ops' notice of a new case, with Accept and Reject buttons ({@link
 * DisputeInteractions}), in the private channel of settings.yaml {@code disputes.discord_channel} or else as a direct
 * message to each admin's discord_id; the seller's answer as a direct message. Each message is sent and waited for,
 * so a refusal fails the delivery.
 */
public final class DiscordDisputeNotices implements DisputeNotices {

    private final JDA jda;
    private final Optional<String> channel;
    private final EmbedRenderer renderer = new EmbedRenderer();

    /** @param channel the private channel for sales ops' notices; empty to send them to each admin */
    public DiscordDisputeNotices(JDA jda, Optional<String> channel) {
        this.jda = jda;
        this.channel = channel;
    }

    @Override
    public boolean reaches(Person person) {
        return person.chatId(ChatPlatform.DISCORD).isPresent();
    }

    @Override
    public boolean hasChannel() {
        return channel.isPresent();
    }

    @Override
    public void toChannel(SalesOpsNotice notice) {
        GuildMessageChannel to = jda.getChannelById(GuildMessageChannel.class, channel.orElseThrow());
        if (to == null) {
            throw DiscordDeliveryException.channelNotFound(channel.get());
        }
        MessageSending.send(to, withButtons(notice), "Discord channel " + channel.get());
    }

    @Override
    public void toAdmin(Person admin, SalesOpsNotice notice) {
        directMessage(admin, withButtons(notice));
    }

    @Override
    public void toSeller(Person seller, SellerNotice notice) {
        directMessage(seller, new MessageCreateBuilder().setEmbeds(renderer.message(notice.body(), notice.texts()).embeds()).build());
    }

    private void directMessage(Person person, MessageCreateData message) {
        String discordUser = person.chatId(ChatPlatform.DISCORD)
                .orElseThrow(() -> new DiscordDeliveryException("no Discord user for " + person.id() + ": no discord_id in people.yaml"));
        String where = "a direct message to " + person.id() + " (Discord user " + discordUser + ")";
        MessageSending.send(MessageSending.directMessage(jda, discordUser, where), message, where);
    }

    private MessageCreateData withButtons(SalesOpsNotice notice) {
        long number = notice.dispute().number();
        return new MessageCreateBuilder().setEmbeds(renderer.message(notice.body(), notice.texts()).embeds())
                .setComponents(ActionRow.of(
                        Button.success(DisputeInteractions.id(DisputeInteractions.ACCEPT, number), notice.texts().get("dispute.button.accept")),
                        Button.danger(DisputeInteractions.id(DisputeInteractions.REJECT, number), notice.texts().get("dispute.button.reject"))))
                .build();
    }
}
