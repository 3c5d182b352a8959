package app.bonusbot.chat.slack;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Slack sends them over HTTP: the slash command's form body and the Events API's JSON envelope, signed
 * with {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))} and
 * {@code X-Slack-Request-Timestamp}. The signature is computed here, not with the SDK, so a test also checks that the
 * app verifies what Slack really sends.
 */
final class SignedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String signingSecret;

    SignedRequests(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    /** A {@code /bonus} invocation from a user in a channel, with a fresh trigger id. */
    SlashCommandRequest slashCommand(String userId, String userName, String text, String responseUrl, String triggerId, Map<String, String> extraHeaders) {
        String body = SlashCommandForm.body(userId, userName, text, responseUrl, triggerId);
        return new SlashCommandRequest(body, headers(body, "application/x-www-form-urlencoded", extraHeaders));
    }

    /** An {@code app_home_opened} event callback for the Home tab. */
    EventRequest homeOpened(String userId, String tab, String eventId, Map<String, String> extraHeaders) {
        String body = """
                {"token":"gIkuvaNzQIHg97ATvDxqgjtO","team_id":"%s","api_app_id":"%s",\
                "event":{"type":"app_home_opened","user":"%s","channel":"D%s","tab":"%s","event_ts":"1764237600.000100"},\
                "type":"event_callback","event_id":"%s","event_time":1764237600,\
                "authorizations":[{"enterprise_id":null,"team_id":"%s","user_id":"%s","is_bot":true,"is_enterprise_install":false}],\
                "is_ext_shared_channel":false,"event_context":"4-eyJldCI6ImFwcF9ob21lX29wZW5lZCIsInRpZCI6IlQwTk9SRExZUyJ9"}"""
                .formatted(FakeSlackApi.TEAM_ID, FakeSlackApi.APP_ID, userId, userId.substring(1), tab, eventId, FakeSlackApi.TEAM_ID,
                        FakeSlackApi.BOT_USER_ID);
        return new EventRequest(body, headers(body, "application/json", extraHeaders));
    }

    /**
     * A modal submitted: {@code view_submission} with the value typed into one plain-text input, form-encoded in
     * {@code payload} as Slack posts it.
     */
    ViewSubmissionRequest viewSubmission(String userId, String callbackId, String privateMetadata, String blockId, String actionId, String typed,
            String triggerId) {
        return viewSubmission(userId, callbackId, privateMetadata, Map.of(blockId, typed), actionId, triggerId);
    }

    /** A modal with several plain-text inputs submitted: block id → the value typed, each input's action id the same. */
    ViewSubmissionRequest viewSubmission(String userId, String callbackId, String privateMetadata, Map<String, String> typedByBlock, String actionId,
            String triggerId) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", FakeSlackApi.APP_ID)
                .put("token", "gIkuvaNzQIHg97ATvDxqgjtO").put("trigger_id", triggerId).put("is_enterprise_install", false);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "nordlys");
        payload.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("name", userId.toLowerCase())
                .put("team_id", FakeSlackApi.TEAM_ID);
        ObjectNode view = payload.putObject("view").put("id", "V0MODAL0001").put("team_id", FakeSlackApi.TEAM_ID).put("type", "modal")
                .put("private_metadata", privateMetadata).put("callback_id", callbackId).put("hash", "1764237600.fakehash")
                .put("app_id", FakeSlackApi.APP_ID).put("bot_id", FakeSlackApi.BOT_ID);
        view.putArray("blocks");
        view.putObject("title").put("type", "plain_text").put("text", "Survey");
        ObjectNode values = view.putObject("state").putObject("values");
        typedByBlock.forEach((blockId, typed) -> values.putObject(blockId).putObject(actionId).put("type", "plain_text_input").put("value", typed));
        payload.putArray("response_urls");
        String json = payload.toString();
        String body = "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return new ViewSubmissionRequest(body, json, headers(body, "application/x-www-form-urlencoded", Map.of()));
    }

    /** A click on a button of a message the bot posted in a direct message, form-encoded in {@code payload} as Slack posts it. */
    BlockActionRequest blockAction(String userId, String actionId, String value, String responseUrl, String triggerId) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", FakeSlackApi.APP_ID)
                .put("token", "gIkuvaNzQIHg97ATvDxqgjtO").put("trigger_id", triggerId).put("response_url", responseUrl)
                .put("is_enterprise_install", false);
        payload.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "nordlys");
        payload.putObject("user").put("id", userId).put("username", userId.toLowerCase()).put("name", userId.toLowerCase())
                .put("team_id", FakeSlackApi.TEAM_ID);
        payload.putObject("container").put("type", "message").put("message_ts", "1764237600.000001").put("channel_id", "D" + userId.substring(1));
        payload.putObject("channel").put("id", "D" + userId.substring(1)).put("name", "directmessage");
        ObjectNode action = payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "dispute:" + value)
                .put("value", value).put("type", "button").put("action_ts", "1764237601.000000");
        action.putObject("text").put("type", "plain_text").put("text", actionId);
        return blockAction(payload.toString());
    }

    /** A {@code block_actions} payload written out by the test, form-encoded in {@code payload} and signed as Slack posts it. */
    BlockActionRequest blockAction(String payloadJson) {
        String body = "payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8);
        return new BlockActionRequest(body, payloadJson, headers(body, "application/x-www-form-urlencoded", Map.of()));
    }

    /** A request with a signature that is not the secret's, as a forger would send. */
    SlashCommandRequest forged(SlashCommandRequest genuine) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-Slack-Request-Timestamp", List.of(Long.toString(Instant.now().getEpochSecond())));
        headers.put("X-Slack-Signature", List.of("v0=" + "0".repeat(64)));
        return new SlashCommandRequest(genuine.getRequestBodyAsString(), new RequestHeaders(headers));
    }

    private RequestHeaders headers(String body, String contentType, Map<String, String> extra) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put("X-Slack-Request-Timestamp", List.of(timestamp));
        headers.put("X-Slack-Signature", List.of(signature(timestamp, body)));
        extra.forEach((name, value) -> headers.put(name, List.of(value)));
        return new RequestHeaders(headers);
    }

    String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
