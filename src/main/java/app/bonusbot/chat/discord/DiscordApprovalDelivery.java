package app.bonusbot.chat.discord;

import app.bonusbot.core.approval.ApprovalDelivery;
import app.bonusbot.core.approval.ApprovalMessage;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * Approval asks and reminders in Discord: a direct message to the manager's discord_id with their team's figures as
 * embeds (rendered like any answer) and the Approve button, whose custom id names the figures it approves. A manager
 * without a discord_id, or who takes no direct messages from Bonusbot, cannot be reached: that throws.
 */
public final class DiscordApprovalDelivery implements ApprovalDelivery {

    private final JDA jda;
    private final EmbedRenderer renderer = new EmbedRenderer();

    public DiscordApprovalDelivery(JDA jda) {
        this.jda = jda;
    }

    /** Only someone with a discord_id in people.yaml is reached in Discord. */
    @Override
    public boolean reaches(Person person) {
        return person.chatId(ChatPlatform.DISCORD).isPresent();
    }

    @Override
    public void send(Person manager, ApprovalMessage message) {
        if (!reaches(manager)) {
            throw new DiscordDeliveryException("no Discord user for " + manager.id() + ": no discord_id in people.yaml");
        }
        DiscordMessage summary = renderer.message(message.summary(), Texts.of(message.language()));
        Button approve = Button.success(message.button().encoded(), message.buttonLabel());
        String discordUser = manager.chatId(ChatPlatform.DISCORD).orElseThrow();
        String where = "a direct message to " + manager.id() + " (Discord user " + discordUser + ")";
        MessageSending.send(MessageSending.directMessage(jda, discordUser, where),
                new MessageCreateBuilder().setEmbeds(summary.embeds()).setComponents(List.of(ActionRow.of(approve))).build(), where);
    }
}
