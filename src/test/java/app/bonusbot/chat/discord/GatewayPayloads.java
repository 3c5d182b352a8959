package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;
import static app.bonusbot.chat.discord.FakeDiscord.BOT_USER_ID;
import static app.bonusbot.chat.discord.FakeDiscord.GENERAL_CHANNEL_ID;
import static app.bonusbot.chat.discord.FakeDiscord.GUILD_NAME;
import static app.bonusbot.chat.discord.FakeDiscord.OWNER_ID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gateway's session payloads. JDA's ReadyHandler needs {@code user}, {@code guilds} and {@code private_channels};
 * its guild setup needs {@code member_count} and {@code members} (the bot's own member among them, or JDA logs "Guild
 * is missing a SelfMember") and EntityBuilder#createGuild the arrays {@code roles}, {@code channels}, {@code threads},
 * {@code emojis}, {@code voice_states} and {@code guild_scheduled_events}.
 */
final class GatewayPayloads {

    static final int DISPATCH = 0;
    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int REQUEST_GUILD_MEMBERS = 8;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;

    private GatewayPayloads() {}

    static ObjectNode frame(int op, Object data) {
        ObjectNode frame = JSON.createObjectNode().put("op", op);
        frame.set("d", JSON.valueToTree(data));
        frame.putNull("s");
        frame.putNull("t");
        return frame;
    }

    static ObjectNode dispatch(int sequence, String type, ObjectNode data) {
        ObjectNode frame = JSON.createObjectNode().put("op", DISPATCH).put("s", sequence).put("t", type);
        frame.set("d", data);
        return frame;
    }

    static ObjectNode hello() {
        return frame(HELLO, JSON.createObjectNode().put("heartbeat_interval", 41250));
    }

    static ObjectNode ready(DiscordWorld world, String sessionId, String resumeGatewayUrl) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", sessionId).put("session_type", "normal")
                .put("resume_gateway_url", resumeGatewayUrl);
        ready.set("user", world.selfUserJson());
        ready.set("application", JSON.createObjectNode().put("id", FakeDiscord.APPLICATION_ID).put("flags", 8953856));
        ready.putArray("guilds").addObject().put("id", world.guildId).put("unavailable", true);
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions").add("rotterdam");
        ready.putObject("user_settings");
        ready.putObject("auth");
        ready.putArray("_trace").add("[\"fake-discord-gateway\",{\"micros\":1000}]");
        return ready;
    }

    static ObjectNode guildCreate(DiscordWorld world) {
        ObjectNode guild = JSON.createObjectNode().put("id", world.guildId).put("name", GUILD_NAME).putNull("icon").putNull("splash")
                .putNull("banner").putNull("description").put("owner_id", OWNER_ID).put("unavailable", false).put("large", false)
                .put("lazy", true).put("member_count", 2).put("joined_at", DiscordWorld.JOINED_AT).put("preferred_locale", "en-US")
                .put("verification_level", 1).put("default_message_notifications", 1).put("explicit_content_filter", 0)
                .put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0).put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false).put("afk_timeout", 300).putNull("afk_channel_id")
                .put("system_channel_id", GENERAL_CHANNEL_ID).put("system_channel_flags", 0).putNull("rules_channel_id")
                .putNull("public_updates_channel_id").putNull("safety_alerts_channel_id").putNull("vanity_url_code")
                .putNull("application_id").put("max_members", 500000).put("max_video_channel_users", 25)
                .put("max_stage_video_channel_users", 50);
        guild.putArray("features");
        guild.putArray("roles").add(everyoneRole(world.guildId));
        ArrayNode channels = guild.putArray("channels");
        world.textChannels().keySet().forEach(id -> channels.add(world.textChannelJson(id)));
        guild.putArray("members").add(world.memberJson(BOT_USER_ID, false)).add(world.memberJson(OWNER_ID, false));
        for (String empty : new String[] {"threads", "voice_states", "presences", "emojis", "stickers", "guild_scheduled_events",
                "stage_instances", "soundboard_sounds"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    /** A member chunk naming the members JDA asked for that the fake knows, so retrieveMembers does not hang. */
    static ObjectNode memberChunk(DiscordWorld world, ObjectNode request) {
        ObjectNode chunk = JSON.createObjectNode().put("guild_id", world.guildId).put("chunk_index", 0).put("chunk_count", 1);
        ArrayNode members = chunk.putArray("members");
        request.path("user_ids").forEach(id -> {
            if (world.knowsUser(id.asText())) {
                members.add(world.memberJson(id.asText(), false));
            }
        });
        chunk.putArray("not_found");
        if (request.hasNonNull("nonce")) {
            chunk.set("nonce", request.get("nonce"));
        }
        return chunk;
    }

    /** The @everyone role, whose id is the guild's. */
    private static ObjectNode everyoneRole(String guildId) {
        ObjectNode role = JSON.createObjectNode().put("id", guildId).put("name", "@everyone").put("permissions", "2222085186637376")
                .put("position", 0).put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false)
                .putNull("icon").putNull("unicode_emoji").put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }
}
