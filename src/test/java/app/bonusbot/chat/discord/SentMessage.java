package app.bonusbot.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A message the bot posted or edited, as JDA sent it: into a channel, a DM, or through an interaction's webhook.
 *
 * @param channelId where the message is
 * @param messageId the id the fake gave it (the original's id for {@code @original} edits)
 * @param payload the JSON JDA sent (content, embeds, components, attachments, flags)
 * @param files the uploaded files, in order
 */
public record SentMessage(String channelId, String messageId, JsonNode payload, List<UploadedFile> files, RecordedRequest request) {

    static SentMessage of(RecordedRequest request) {
        JsonNode answer = request.responseJson();
        return new SentMessage(answer.path("channel_id").asText(), answer.path("id").asText(), request.json(), request.files(), request);
    }

    public String content() {
        return payload.path("content").asText("");
    }

    /** The embeds sent, an empty array when none. */
    public JsonNode embeds() {
        return payload.path("embeds");
    }

    public JsonNode embed(int index) {
        return embeds().path(index);
    }

    public JsonNode components() {
        return payload.path("components");
    }

    public boolean ephemeral() {
        return (payload.path("flags").asInt() & 64) != 0;
    }
}
