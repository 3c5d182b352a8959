package app.bonusbot.chat.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A reply as Discord takes it: embeds within Discord's limits (at most ten, 6,000 characters together).
 *
 * @param summary the reply's one-line plain text, for logs and notifications; not markdown-escaped
 */
public record DiscordMessage(String summary, List<MessageEmbed> embeds) {
    public DiscordMessage {
        embeds = List.copyOf(embeds);
    }
}
