package app.bonusbot.chat.discord;

import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.announce.TeamPostView;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Weekly team posts in Discord: the post as one message of embeds with its chart attached and shown as the last
 * embed's image, in the team's Discord channel of posts.yaml (or as a direct message to the manager, by their
 * discord_id). The channel is looked up in JDA's cache of the servers Bonusbot is in. Each message is sent and waited
 * for, so a channel that is missing or refuses the post fails the delivery and the week is tried again. The chart
 * travels in the same message, so once Discord has taken it there is no later step to fail.
 */
public final class DiscordPostDelivery implements PostDelivery {

    private final JDA jda;
    private final Supplier<Company> company;
    private final EmbedRenderer renderer = new EmbedRenderer();

    /** @param company for the team's language */
    public DiscordPostDelivery(JDA jda, Supplier<Company> company) {
        this.jda = jda;
        this.company = company;
    }

    /** A team without a discord_channel, or a manager without a discord_id, is not reached in Discord. */
    @Override
    public boolean reaches(TeamPostTarget target) {
        if (target instanceof TeamPostTarget.Channel channel) {
            return channel.channel(ChatPlatform.DISCORD).isPresent();
        }
        return ((TeamPostTarget.ManagerDm) target).manager().chatId(ChatPlatform.DISCORD).isPresent();
    }

    /**
     * @throws DiscordDeliveryException when the channel is not there for Bonusbot, the manager has no discord_id, or
     *         Discord refuses the message (missing access or permissions)
     */
    @Override
    public String platform() {
        return "Discord";
    }

    @Override
    public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
        if (target instanceof TeamPostTarget.Channel channel) {
            Optional<String> discordChannel = channel.channel(ChatPlatform.DISCORD);
            if (discordChannel.isEmpty()) {
                return;
            }
            GuildMessageChannel to = jda.getChannelById(GuildMessageChannel.class, discordChannel.get());
            if (to == null) {
                throw DiscordDeliveryException.channelNotFound(discordChannel.get());
            }
            MessageSending.send(to, message(target, post, chartPng), "Discord channel " + discordChannel.get());
            receipt.posted();
            return;
        }
        Person manager = ((TeamPostTarget.ManagerDm) target).manager();
        String discordUser = manager.chatId(ChatPlatform.DISCORD).orElseThrow(() -> new DiscordDeliveryException("no Discord user for "
                + manager.id() + ", the manager of " + target.team().id() + ": no discord_id in people.yaml"));
        String where = "a direct message to " + manager.id() + " (Discord user " + discordUser + ")";
        MessageSending.send(MessageSending.directMessage(jda, discordUser, where), message(target, post, chartPng), where);
        receipt.posted();
    }

    /**
     * The channels of posts.yaml (team id → channel id) this session cannot see: checked once the bot is ready, so a
     * wrong id or a server the bot was never invited to is named at start rather than on Monday morning.
     */
    public Map<String, String> unseenChannels(Map<String, String> channelsByTeam) {
        Map<String, String> unseen = new LinkedHashMap<>();
        channelsByTeam.forEach((team, channel) -> {
            if (jda.getChannelById(GuildMessageChannel.class, channel) == null) {
                unseen.put(team, channel);
            }
        });
        return unseen;
    }

    /** The chart's file name, which the last embed shows as {@code attachment://NAME}: {@code nordics-2026-W50.png}. */
    static String chartName(TeamPostTarget target) {
        return (target.team().id() + "-" + target.week()).replaceAll("[^A-Za-z0-9._-]", "-") + ".png";
    }

    private MessageCreateData message(TeamPostTarget target, Reply post, byte[] chartPng) {
        Texts texts = Texts.of(TeamPostView.languageOf(company.get(), target.team()));
        List<MessageEmbed> embeds = new ArrayList<>(renderer.message(post, texts).embeds());
        String name = chartName(target);
        EmbedBuilder last = embeds.isEmpty() ? new EmbedBuilder().setColor(EmbedRenderer.COLOUR) : new EmbedBuilder(embeds.remove(embeds.size() - 1));
        embeds.add(last.setImage("attachment://" + name).build());
        return new MessageCreateBuilder().setEmbeds(embeds).setFiles(FileUpload.fromData(chartPng, name)).build();
    }
}
