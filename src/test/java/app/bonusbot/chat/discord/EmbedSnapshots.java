package app.bonusbot.chat.discord;

import app.bonusbot.snapshots.JsonSnapshots;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;



/**
 * Committed embed JSON under src/test/resources/snapshots/discord/: a message's embeds as a JSON array of what JDA
 * sends for each ({@code MessageEmbed.toData()}). A missing snapshot is written and the test fails, so that a new one
 * is read by eye before it is committed; {@code -Dsnapshots.update=true} rewrites them all after an intended change.
 * Any other difference fails.
 */
final class EmbedSnapshots {

    private static final JsonSnapshots DISCORD = new JsonSnapshots("discord");

    private EmbedSnapshots() {}

    static String json(List<MessageEmbed> embeds) {
        return JsonSnapshots.pretty(embeds.stream().map(e -> e.toData().toString()).collect(Collectors.joining(",", "[", "]")));
    }

    static void assertMatches(String name, List<MessageEmbed> embeds) {
        DISCORD.assertMatches(name, json(embeds));
    }
}
