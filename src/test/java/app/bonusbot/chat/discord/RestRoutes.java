package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;
import static app.bonusbot.chat.discord.FakeDiscord.APPLICATION_ID;

import app.bonusbot.chat.discord.DiscordWorld.OpenInteraction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What {@link FakeDiscordRest} answers per route of Discord's REST API v10, with the effects on {@link DiscordWorld}
 * (messages stored so later edits and component clicks see them, commands registered with ids).
 */
final class RestRoutes {

    /** A status and a JSON body; an empty body for 204. */
    record Answer(int status, String body) {
        static Answer json(JsonNode json) {
            return new Answer(200, json.toString());
        }

        static Answer error(DiscordError error) {
            ObjectNode body = JSON.createObjectNode().put("message", error.message()).put("code", error.code());
            if (error.status() == 429) {
                body.put("retry_after", 1.0).put("global", false);
            }
            return new Answer(error.status(), body.toString());
        }
    }

    static final Answer NO_CONTENT = new Answer(204, "");
    static final Answer NOT_FOUND = Answer.error(new DiscordError(404, 0, "404: Not Found"));
    static final DiscordError UNKNOWN_USER = new DiscordError(404, 10013, "Unknown User");
    static final DiscordError UNKNOWN_MEMBER = new DiscordError(404, 10007, "Unknown Member");
    static final DiscordError UNKNOWN_WEBHOOK = new DiscordError(404, 10015, "Unknown Webhook");
    static final DiscordError ALREADY_ACKNOWLEDGED = new DiscordError(400, 40060, "Interaction has already been acknowledged.");
    private static final int LOADING = 128;

    private final DiscordWorld world;
    private final String gatewayUrl;

    RestRoutes(DiscordWorld world, String gatewayUrl) {
        this.world = world;
        this.gatewayUrl = gatewayUrl;
    }

    Answer answer(String method, String path, String query, JsonNode json, List<UploadedFile> files) {
        String[] s = path.split("/");
        String route = method + " " + path.replaceAll("\\b\\d{15,20}\\b", "{id}");
        switch (route) {
            case "GET users/@me":
                return Answer.json(world.selfUserJson());
            case "GET users/{id}":
                return world.knowsUser(s[1]) ? Answer.json(world.userJson(s[1])) : Answer.error(UNKNOWN_USER);
            case "POST users/@me/channels":
                String recipient = json.path("recipient_id").asText();
                return Answer.json(world.dmChannelJson(world.dmChannelId(recipient), recipient));
            case "GET gateway":
                return Answer.json(JSON.createObjectNode().put("url", gatewayUrl));
            case "GET gateway/bot":
                return Answer.json(gatewayBot());
            case "GET oauth2/applications/@me":
            case "GET applications/@me":
                return Answer.json(world.applicationJson());
            case "GET guilds/{id}/members/{id}":
                return s[1].equals(world.guildId) && world.knowsUser(s[3]) ? Answer.json(world.memberJson(s[3], false))
                        : Answer.error(UNKNOWN_MEMBER);
            case "GET channels/{id}":
                return channel(s[1]);
            case "PUT applications/{id}/commands":
                return Answer.json(registerCommands("global", json));
            case "PUT applications/{id}/guilds/{id}/commands":
                return Answer.json(registerCommands(s[3], json));
            case "GET applications/{id}/commands":
                return Answer.json(world.commands("global"));
            case "GET applications/{id}/guilds/{id}/commands":
                return Answer.json(world.commands(s[3]));
            case "POST channels/{id}/messages":
                return postMessage(s[1], json, files);
            case "GET channels/{id}/messages/{id}":
            case "PATCH channels/{id}/messages/{id}":
            case "DELETE channels/{id}/messages/{id}":
                return existingMessage(method, s[1], s[3], json, files);
            default:
                return interactionRoute(method, s, query, json, files);
        }
    }

    private Answer interactionRoute(String method, String[] s, String query, JsonNode json, List<UploadedFile> files) {
        if (method.equals("POST") && s.length == 4 && s[0].equals("interactions") && s[3].equals("callback")) {
            return callback(s[1], s[2], query, json, files);
        }
        if (s.length < 3 || !s[0].equals("webhooks") || !s[1].equals(APPLICATION_ID)) {
            return NOT_FOUND;
        }
        OpenInteraction open = world.interactionByToken(s[2]);
        if (open == null) {
            return Answer.error(UNKNOWN_WEBHOOK);
        }
        synchronized (open) {
            if (s.length == 3 && method.equals("POST")) {
                return open.acknowledged ? stored(MessageJson.create(world, world.ids.next(), open.handle.channelId(), json, files,
                        MessageJson.DEFAULT, true)) : Answer.error(UNKNOWN_WEBHOOK);
            }
            if (s.length != 5 || !s[3].equals("messages")) {
                return NOT_FOUND;
            }
            String messageId = s[4].equals("@original") ? open.originalMessageId : s[4];
            ObjectNode message = messageId == null ? null : world.message(messageId);
            if (message == null) {
                return Answer.error(DiscordError.UNKNOWN_MESSAGE);
            }
            if (method.equals("PATCH")) {
                ObjectNode edited = MessageJson.edit(world, message, json, files);
                edited.put("flags", edited.path("flags").asInt() & ~LOADING);
                return stored(edited);
            }
            return method.equals("GET") ? Answer.json(message) : method.equals("DELETE") ? NO_CONTENT : NOT_FOUND;
        }
    }

    private Answer callback(String id, String token, String query, JsonNode json, List<UploadedFile> files) {
        OpenInteraction open = world.interaction(id);
        if (open == null || !open.handle.token().equals(token)) {
            return Answer.error(DiscordError.UNKNOWN_INTERACTION);
        }
        synchronized (open) {
            if (open.acknowledged) {
                return Answer.error(ALREADY_ACKNOWLEDGED);
            }
            open.acknowledged = true;
            Interaction interaction = open.handle;
            int type = json.path("type").asInt();
            JsonNode data = json.path("data");
            int messageType = interaction.type() == Interaction.APPLICATION_COMMAND ? MessageJson.CHAT_INPUT_COMMAND : MessageJson.DEFAULT;
            ObjectNode message = null;
            if (type == Callback.CHANNEL_MESSAGE_WITH_SOURCE || type == Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) {
                open.originalMessageId = world.ids.next();
                message = MessageJson.create(world, open.originalMessageId, interaction.channelId(), data, files, messageType, true);
                if (type == Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE) {
                    message.put("flags", message.path("flags").asInt() | LOADING);
                }
                world.putMessage(message);
            } else if (type == Callback.UPDATE_MESSAGE && open.originalMessageId != null) {
                ObjectNode clicked = world.message(open.originalMessageId);
                message = MessageJson.edit(world, clicked != null ? clicked
                        : MessageJson.placeholder(world, open.originalMessageId, interaction.channelId()), data, files);
                world.putMessage(message);
            }
            if (query == null || !query.contains("with_response=true")) {
                return NO_CONTENT;
            }
            ObjectNode answer = JSON.createObjectNode();
            answer.putObject("interaction").put("id", interaction.id()).put("type", interaction.type())
                    .put("response_message_id", open.originalMessageId).put("response_message_loading", type == 5)
                    .put("response_message_ephemeral", (data.path("flags").asInt() & 64) != 0).putNull("activity_instance_id");
            ObjectNode resource = answer.putObject("resource").put("type", type);
            if (message != null && (type == Callback.CHANNEL_MESSAGE_WITH_SOURCE || type == Callback.UPDATE_MESSAGE)) {
                resource.set("message", message);
            }
            return Answer.json(answer);
        }
    }

    private Answer postMessage(String channelId, JsonNode json, List<UploadedFile> files) {
        if (!world.knowsChannel(channelId)) {
            return Answer.error(DiscordError.UNKNOWN_CHANNEL);
        }
        return stored(MessageJson.create(world, world.ids.next(), channelId, json, files, MessageJson.DEFAULT, false));
    }

    private Answer existingMessage(String method, String channelId, String messageId, JsonNode json, List<UploadedFile> files) {
        ObjectNode message = world.message(messageId);
        if (message == null || !message.path("channel_id").asText().equals(channelId)) {
            return Answer.error(DiscordError.UNKNOWN_MESSAGE);
        }
        if (method.equals("PATCH")) {
            return stored(MessageJson.edit(world, message, json, files));
        }
        return method.equals("GET") ? Answer.json(message) : NO_CONTENT;
    }

    private Answer channel(String channelId) {
        String recipient = world.dmRecipient(channelId);
        if (recipient != null) {
            return Answer.json(world.dmChannelJson(channelId, recipient));
        }
        return world.textChannels().containsKey(channelId) ? Answer.json(world.textChannelJson(channelId))
                : Answer.error(DiscordError.UNKNOWN_CHANNEL);
    }

    private Answer stored(ObjectNode message) {
        world.putMessage(message);
        return Answer.json(message);
    }

    /** Echoes the commands as Discord does: with ids (kept per name across registrations), application and version. */
    private ArrayNode registerCommands(String scope, JsonNode sent) {
        ArrayNode previous = world.commands(scope);
        ArrayNode registered = JSON.createArrayNode();
        for (JsonNode command : sent) {
            ObjectNode copy = command.deepCopy();
            String id = null;
            for (JsonNode old : previous) {
                if (old.path("name").equals(command.path("name"))) {
                    id = old.path("id").asText();
                }
            }
            copy.put("id", id == null ? world.ids.next() : id).put("application_id", APPLICATION_ID).put("version", world.ids.next());
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (!scope.equals("global")) {
                copy.put("guild_id", scope);
            }
            registered.add(copy);
        }
        world.setCommands(scope, registered);
        return registered;
    }

    private ObjectNode gatewayBot() {
        ObjectNode answer = JSON.createObjectNode().put("url", gatewayUrl).put("shards", 1);
        answer.putObject("session_start_limit").put("total", 1000).put("remaining", 999).put("reset_after", 14_400_000)
                .put("max_concurrency", 1);
        return answer;
    }
}
