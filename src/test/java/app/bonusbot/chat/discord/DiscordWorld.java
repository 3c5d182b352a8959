package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.FakeDiscord.APPLICATION_ID;
import static app.bonusbot.chat.discord.FakeDiscord.BOT_USERNAME;
import static app.bonusbot.chat.discord.FakeDiscord.BOT_USER_ID;
import static app.bonusbot.chat.discord.FakeDiscord.GENERAL_CHANNEL_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake Discord knows: users, the guild's text channels, DM channels, messages, registered commands and open
 * interactions; and their JSON in Discord API v10's shapes (the fields JDA's EntityBuilder reads, and some it skips).
 */
final class DiscordWorld {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Everything but administrator, as a server owner grants a bot through the install link. */
    static final String PERMISSIONS = "2248473465835071";
    static final String JOINED_AT = "2024-06-03T08:15:00.000000+00:00";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    /** A person (or the bot) on Discord. */
    record FakeUser(String id, String username, String globalName, String locale, boolean bot) {}

    /** An interaction until its token expires: which message its {@code @original} is, once there is one. */
    static final class OpenInteraction {
        final Interaction handle;
        boolean acknowledged;
        String originalMessageId;

        OpenInteraction(Interaction handle) {
            this.handle = handle;
            this.originalMessageId = handle.messageId();
        }
    }

    final Snowflakes ids = new Snowflakes();
    /** The one guild the bot is in. */
    final String guildId;
    private final Map<String, FakeUser> users = new LinkedHashMap<>();
    private final Map<String, String> textChannels = new LinkedHashMap<>();
    private final Map<String, String> dmChannelByUser = new HashMap<>();
    private final Map<String, ObjectNode> messages = new HashMap<>();
    private final Map<String, ArrayNode> commands = new HashMap<>();
    private final Map<String, OpenInteraction> interactions = new HashMap<>();

    DiscordWorld(String guildId) {
        this.guildId = guildId;
        users.put(BOT_USER_ID, new FakeUser(BOT_USER_ID, BOT_USERNAME.toLowerCase(), BOT_USERNAME, "en-US", true));
        users.put(FakeDiscord.OWNER_ID, new FakeUser(FakeDiscord.OWNER_ID, "ingrid.owner", "Ingrid", "en-US", false));
        textChannels.put(GENERAL_CHANNEL_ID, "general");
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(TIMESTAMP);
    }

    synchronized void addUser(FakeUser user) {
        users.put(user.id(), user);
    }

    /** The user, made up on first sight (username {@code user} + the id's last four digits) as any member would be. */
    synchronized FakeUser user(String id) {
        return users.computeIfAbsent(id, key -> new FakeUser(key, "user" + key.substring(Math.max(0, key.length() - 4)), null, "en-US",
                false));
    }

    synchronized boolean knowsUser(String id) {
        return users.containsKey(id);
    }

    synchronized void addTextChannel(String id, String name) {
        textChannels.put(id, name);
    }

    synchronized Map<String, String> textChannels() {
        return new LinkedHashMap<>(textChannels);
    }

    /** The DM channel between the bot and a user; the same id every time, as on Discord. */
    synchronized String dmChannelId(String userId) {
        return dmChannelByUser.computeIfAbsent(userId, key -> ids.next());
    }

    /** The user at the other end of a DM channel, or null when the id is no DM channel. */
    synchronized String dmRecipient(String channelId) {
        return dmChannelByUser.entrySet().stream().filter(e -> e.getValue().equals(channelId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    synchronized boolean knowsChannel(String channelId) {
        return textChannels.containsKey(channelId) || dmChannelByUser.containsValue(channelId);
    }

    synchronized void putMessage(ObjectNode message) {
        messages.put(message.path("id").asText(), message);
    }

    synchronized ObjectNode message(String id) {
        ObjectNode message = messages.get(id);
        return message == null ? null : message.deepCopy();
    }

    /** Commands as registered (with ids), per guild id or {@code "global"}. */
    synchronized ArrayNode commands(String scope) {
        return commands.computeIfAbsent(scope, key -> JSON.createArrayNode()).deepCopy();
    }

    synchronized void setCommands(String scope, ArrayNode registered) {
        commands.put(scope, registered.deepCopy());
    }

    /** A registered command by name, guild commands before global ones; null if the bot registered none. */
    synchronized JsonNode command(String name) {
        for (String scope : List.of(guildId, "global")) {
            for (JsonNode command : commands.getOrDefault(scope, JSON.createArrayNode())) {
                if (command.path("name").asText().equals(name)) {
                    return command.deepCopy();
                }
            }
        }
        return null;
    }

    synchronized void open(Interaction interaction) {
        interactions.put(interaction.id(), new OpenInteraction(interaction));
    }

    synchronized OpenInteraction interaction(String id) {
        return interactions.get(id);
    }

    synchronized OpenInteraction interactionByToken(String token) {
        return interactions.values().stream().filter(i -> i.handle.token().equals(token)).findFirst().orElse(null);
    }

    ObjectNode userJson(String id) {
        FakeUser user = user(id);
        ObjectNode json = JSON.createObjectNode().put("id", user.id()).put("username", user.username()).putNull("avatar")
                .put("discriminator", "0").put("public_flags", 0).put("flags", 0);
        json.put("global_name", user.globalName());
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    ObjectNode selfUserJson() {
        return userJson(BOT_USER_ID).put("verified", true).put("mfa_enabled", false).putNull("email").put("locale", "en-US");
    }

    ObjectNode memberJson(String userId, boolean withPermissions) {
        ObjectNode member = JSON.createObjectNode();
        member.set("user", userJson(userId));
        member.putArray("roles");
        member.put("joined_at", JOINED_AT).putNull("nick").putNull("avatar").putNull("premium_since")
                .putNull("communication_disabled_until").put("deaf", false).put("mute", false).put("pending", false).put("flags", 0);
        if (withPermissions) {
            member.put("permissions", PERMISSIONS);
        }
        return member;
    }

    ObjectNode textChannelJson(String id) {
        String name = textChannels().get(id);
        ObjectNode channel = JSON.createObjectNode().put("id", id).put("type", 0).put("guild_id", guildId).put("name", name)
                .put("position", List.copyOf(textChannels().keySet()).indexOf(id)).put("flags", 0).putNull("parent_id")
                .putNull("topic").put("nsfw", false).putNull("last_message_id").put("rate_limit_per_user", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** A DM channel; {@code recipient} is the other end as seen by whoever asks (the bot for interactions). */
    ObjectNode dmChannelJson(String channelId, String recipientId) {
        ObjectNode channel = JSON.createObjectNode().put("id", channelId).put("type", 1).putNull("last_message_id").put("flags", 0);
        channel.putArray("recipients").add(userJson(recipientId));
        return channel;
    }

    ObjectNode applicationJson() {
        ObjectNode application = JSON.createObjectNode().put("id", APPLICATION_ID).put("name", BOT_USERNAME)
                .put("description", "Bonus chat bot (loopback fake)").putNull("icon").put("bot_public", false)
                .put("bot_require_code_grant", false).put("flags", 8953856).put("verify_key", "0".repeat(64)).putNull("team");
        application.set("owner", userJson(FakeDiscord.OWNER_ID));
        application.set("bot", userJson(BOT_USER_ID));
        return application;
    }
}
