package app.bonusbot.chat.discord;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /bonus} in each configured server (settings.yaml {@code discord.guilds}) as it becomes ready, or
 * when the bot is invited while running. Registering replaces the bot's other server commands there: {@code /bonus}
 * is its only one. Once the bot is ready, a configured server it is not in is named with the link that invites it.
 */
final class CommandRegistration extends ListenerAdapter {

    /**
     * What the bot needs in a server: see channels and post the weekly team posts with their chart. {@code /bonus}
     * itself needs no permission, only the {@code applications.commands} scope, and direct messages none at all.
     */
    static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES);

    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

    private final Set<String> guildIds;
    /** Configured servers that were unavailable (a Discord outage) when the bot got ready. */
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

    CommandRegistration(List<String> guildIds) {
        this.guildIds = new LinkedHashSet<>(guildIds);
    }

    /** The link a server manager opens to add the bot to a server with the scopes and permissions it needs. */
    static String inviteUrl(String applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId + "&scope=bot+applications.commands&permissions="
                + Permission.getRaw(PERMISSIONS);
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        register(event.getGuild());
    }

    @Override
    public void onGuildAvailable(GuildAvailableEvent event) {
        if (unavailable.remove(event.getGuild().getId())) {
            register(event.getGuild());
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        for (String id : guildIds) {
            if (jda.getGuildById(id) != null) {
                continue;
            }
            if (jda.isUnavailable(Long.parseLong(id))) {
                unavailable.add(id);
                log.warn("Discord server {} is unavailable at the moment (a Discord outage); /bonus is registered there when it is back", id);
            } else {
                log.warn("The bot is not in Discord server {} (settings.yaml discord.guilds): remove the id there, or have a manager of that"
                        + " server invite the bot with {}", id, inviteUrl(jda.getSelfUser().getApplicationId()));
            }
        }
    }

    private void register(Guild guild) {
        if (!guildIds.contains(guild.getId())) {
            log.info("The bot is in Discord server {} ({}), which settings.yaml discord.guilds does not list: /bonus is not offered there",
                    guild.getId(), guild.getName());
            return;
        }
        guild.updateCommands().addCommands(BonusCommandData.definition()).queue(
                commands -> log.info("/bonus registered in Discord server {} ({})", guild.getId(), guild.getName()),
                failure -> log.error("/bonus could not be registered in Discord server {} ({}): {}", guild.getId(), guild.getName(),
                        reason(failure, guild.getJDA())));
    }

    private static String reason(Throwable failure, JDA jda) {
        if (failure instanceof ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
                return "the bot was invited without the applications.commands scope; invite it again with "
                        + inviteUrl(jda.getSelfUser().getApplicationId());
            }
            return e.getErrorCode() + " " + e.getMeaning();
        }
        return failure.getClass().getSimpleName();
    }
}
