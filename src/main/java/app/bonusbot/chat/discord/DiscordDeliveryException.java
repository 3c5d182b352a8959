package app.bonusbot.chat.discord;

import app.bonusbot.core.announce.ChatPlatformFailure;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * A post or survey Discord could not be given: the channel or person is not there for Bonusbot, or Discord refused
 * the message. The message says where it was going and what to check, so that sales ops can put it right.
 */
public final class DiscordDeliveryException extends RuntimeException implements ChatPlatformFailure {

    /** What a channel post needs, in Discord's own words (Server Settings → Roles, or the channel's permissions). */
    static final String CHANNEL_PERMISSIONS = Permission.VIEW_CHANNEL.getName() + ", " + Permission.MESSAGE_SEND.getName() + ", "
            + Permission.MESSAGE_EMBED_LINKS.getName() + " and " + Permission.MESSAGE_ATTACH_FILES.getName();

    DiscordDeliveryException(String message) {
        super(message);
    }

    DiscordDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A channel id of posts.yaml that is not in JDA's cache of the servers Bonusbot is in. */
    static DiscordDeliveryException channelNotFound(String channelId) {
        return new DiscordDeliveryException("Discord channel " + channelId
                + " not found: is Bonusbot in that server and may it see the channel? (README, Install in Discord)");
    }

    /** @param where e.g. "Discord channel 800000000000000201", "a direct message to mette.lund (Discord user 7000…)" */
    static DiscordDeliveryException refused(String where, RuntimeException e) {
        if (e instanceof InsufficientPermissionException missing) {
            return new DiscordDeliveryException("Discord refused the message to " + where + ": Bonusbot lacks the permission "
                    + missing.getPermission().getName() + " there (it needs " + CHANNEL_PERMISSIONS + "; README, Install in Discord)", e);
        }
        if (e instanceof ErrorResponseException error) {
            ErrorResponse response = error.getErrorResponse();
            String why;
            if (response == ErrorResponse.MISSING_ACCESS) {
                why = "Bonusbot may not see it (it needs " + Permission.VIEW_CHANNEL.getName() + ")";
            } else if (response == ErrorResponse.MISSING_PERMISSIONS) {
                why = "Bonusbot lacks a permission there (it needs " + CHANNEL_PERMISSIONS + ")";
            } else if (response == ErrorResponse.UNKNOWN_CHANNEL) {
                why = "there is no such channel";
            } else if (response == ErrorResponse.UNKNOWN_USER) {
                why = "there is no such Discord user: check discord_id in people.yaml";
            } else if (response == ErrorResponse.CANNOT_SEND_TO_USER) {
                why = "the person shares no server with Bonusbot, or takes no direct messages from server members (their Privacy Settings)";
            } else {
                why = "Discord said " + error.getErrorCode() + " " + error.getMeaning();
            }
            return new DiscordDeliveryException("Discord refused the message to " + where + ": " + why + " (README, Install in Discord)", e);
        }
        return new DiscordDeliveryException("the message to " + where + " did not reach Discord: " + e.getMessage(), e);
    }
}
