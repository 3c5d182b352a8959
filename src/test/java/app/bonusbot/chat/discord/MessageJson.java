package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;
import static app.bonusbot.chat.discord.FakeDiscord.APPLICATION_ID;
import static app.bonusbot.chat.discord.FakeDiscord.BOT_USER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Message objects as Discord answers them when the bot posts or edits: the bot as author, the sent content, embeds and
 * components echoed, uploaded files turned into attachments with CDN URLs.
 */
final class MessageJson {

    static final int DEFAULT = 0;
    static final int CHAT_INPUT_COMMAND = 20;

    private MessageJson() {}

    static ObjectNode create(DiscordWorld world, String id, String channelId, JsonNode payload, List<UploadedFile> files, int type,
            boolean viaWebhook) {
        ObjectNode message = JSON.createObjectNode().put("id", id).put("type", type).put("channel_id", channelId)
                .put("content", payload.path("content").asText("")).put("timestamp", DiscordWorld.now()).putNull("edited_timestamp")
                .put("tts", payload.path("tts").asBoolean(false)).put("mention_everyone", false).put("pinned", false)
                .put("flags", payload.path("flags").asInt(0));
        message.set("author", world.userJson(BOT_USER_ID));
        message.set("embeds", embeds(payload.path("embeds")));
        message.set("components", payload.path("components").isArray() ? payload.get("components").deepCopy() : JSON.createArrayNode());
        message.set("attachments", attachments(world, channelId, files));
        message.putArray("mentions");
        message.putArray("mention_roles");
        if (viaWebhook) {
            message.put("webhook_id", APPLICATION_ID).put("application_id", APPLICATION_ID);
        }
        return message;
    }

    /** A message by the bot that the fake did not see being sent, e.g. one a test clicks a button on. */
    static ObjectNode placeholder(DiscordWorld world, String id, String channelId) {
        return create(world, id, channelId, JSON.createObjectNode(), List.of(), DEFAULT, false);
    }

    /** Applies a PATCH: fields present replace the old ones; attachments listed by id are kept, new files added. */
    static ObjectNode edit(DiscordWorld world, ObjectNode message, JsonNode payload, List<UploadedFile> files) {
        ObjectNode edited = message.deepCopy();
        for (String field : List.of("content", "components", "flags")) {
            if (payload.has(field)) {
                edited.set(field, payload.get(field).deepCopy());
            }
        }
        if (payload.has("embeds")) {
            edited.set("embeds", embeds(payload.get("embeds")));
        }
        ArrayNode attachments = JSON.createArrayNode();
        Set<String> kept = new HashSet<>();
        payload.path("attachments").forEach(a -> kept.add(a.path("id").asText()));
        message.path("attachments").forEach(a -> {
            if (!payload.has("attachments") || kept.contains(a.path("id").asText())) {
                attachments.add(a);
            }
        });
        attachments.addAll(attachments(world, message.path("channel_id").asText(), files));
        edited.set("attachments", attachments);
        edited.put("edited_timestamp", DiscordWorld.now());
        return edited;
    }

    /** JDA sends embeds without {@code type}; Discord answers with {@code "rich"}, and JDA refuses embeds without one. */
    private static ArrayNode embeds(JsonNode sent) {
        ArrayNode embeds = JSON.createArrayNode();
        for (JsonNode embed : sent) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich");
            }
            embeds.add(copy);
        }
        return embeds;
    }

    private static ArrayNode attachments(DiscordWorld world, String channelId, List<UploadedFile> files) {
        ArrayNode attachments = JSON.createArrayNode();
        for (UploadedFile file : files) {
            String id = world.ids.next();
            String path = "/attachments/" + channelId + "/" + id + "/" + file.filename();
            ObjectNode attachment = attachments.addObject().put("id", id).put("filename", file.filename()).put("size", file.bytes().length)
                    .put("url", "https://cdn.discordapp.com" + path).put("proxy_url", "https://media.discordapp.net" + path);
            attachment.put("content_type", file.contentType());
        }
        return attachments;
    }
}
