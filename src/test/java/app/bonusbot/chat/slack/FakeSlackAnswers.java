package app.bonusbot.chat.slack;

import static app.bonusbot.chat.slack.FakeSlackApi.APP_ID;
import static app.bonusbot.chat.slack.FakeSlackApi.BOT_ID;
import static app.bonusbot.chat.slack.FakeSlackApi.BOT_USER_ID;
import static app.bonusbot.chat.slack.FakeSlackApi.TEAM_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@link FakeSlackApi}'s answers, shaped as Slack's (see json-logs/samples/api/*.json in slackapi/java-slack-sdk
 * for every field Slack may send; these carry the ones a client reads).
 */
final class FakeSlackAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A workspace member. */
    record Member(String id, String name, String email) {}

    private FakeSlackAnswers() {}

    static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    static ObjectNode authTest() {
        return ok().put("url", "https://nordlys.slack.com/").put("team", "Nordlys Software").put("user", "bonusbot")
                .put("team_id", TEAM_ID).put("user_id", BOT_USER_ID).put("bot_id", BOT_ID).put("is_enterprise_install", false);
    }

    static ObjectNode postMessage(Map<String, String> params, String ts) {
        String channel = params.get("channel");
        if (channel == null || channel.isBlank()) {
            return error("channel_not_found");
        }
        if (params.get("text") == null && params.get("blocks") == null) {
            return error("no_text");
        }
        String dm = channel.startsWith("U") || channel.startsWith("W") ? "D" + channel.substring(1) : channel;
        ObjectNode message = JSON.createObjectNode()
                .put("user", BOT_USER_ID).put("type", "message").put("ts", ts).put("bot_id", BOT_ID).put("app_id", APP_ID)
                .put("text", params.getOrDefault("text", "")).put("team", TEAM_ID);
        message.set("blocks", parsedOrEmpty(params.get("blocks")));
        ObjectNode answer = ok().put("channel", dm).put("ts", ts);
        answer.set("message", message);
        return answer;
    }

    /** views.open: a modal needs a trigger id, a title of at most 24 characters and at most 100 blocks. */
    static ObjectNode openView(Map<String, String> params, String id) {
        if (params.get("trigger_id") == null || params.get("trigger_id").isBlank()) {
            return error("invalid_trigger_id");
        }
        JsonNode view;
        try {
            view = JSON.readTree(params.getOrDefault("view", ""));
        } catch (IOException e) {
            return error("invalid_arguments");
        }
        if (view == null || !"modal".equals(view.path("type").asText()) || view.at("/title/text").asText().length() > 24
                || view.path("blocks").size() > 100) {
            return error("invalid_arguments");
        }
        ObjectNode opened = ((ObjectNode) view.deepCopy()).put("id", id).put("team_id", TEAM_ID).put("app_id", APP_ID).put("bot_id", BOT_ID);
        ObjectNode answer = ok();
        answer.set("view", opened);
        return answer;
    }

    static ObjectNode publish(Map<String, String> params, String id, String ts) {
        if (params.get("user_id") == null) {
            return error("invalid_arguments");
        }
        JsonNode view;
        try {
            view = JSON.readTree(params.getOrDefault("view", ""));
        } catch (IOException e) {
            return error("invalid_arguments");
        }
        if (view == null || !view.isObject() || !"home".equals(view.path("type").asText())) {
            return error("invalid_arguments");
        }
        ObjectNode published = JSON.createObjectNode()
                .put("id", id).put("team_id", TEAM_ID).put("type", "home");
        published.set("blocks", view.path("blocks").isArray() ? view.get("blocks") : JSON.createArrayNode());
        published.put("private_metadata", "").put("callback_id", "");
        published.putObject("state").putObject("values");
        published.put("hash", ts + ".fakehash").put("title", (String) null).put("clear_on_close", false).put("notify_on_close", false)
                .put("close", (String) null).put("submit", (String) null).put("previous_view_id", (String) null).put("root_view_id", id)
                .put("app_id", APP_ID).put("external_id", "").put("app_installed_team_id", TEAM_ID).put("bot_id", BOT_ID);
        ObjectNode answer = ok();
        answer.set("view", published);
        return answer;
    }

    static ObjectNode user(Member user, String notFound) {
        if (user == null) {
            return error(notFound);
        }
        String[] names = user.name().split(" ", 2);
        ObjectNode member = JSON.createObjectNode()
                .put("id", user.id()).put("team_id", TEAM_ID).put("name", user.name().toLowerCase(Locale.ROOT).replace(' ', '.'))
                .put("deleted", false).put("color", "9f69e7").put("real_name", user.name())
                .put("tz", "Europe/Copenhagen").put("tz_label", "Central European Time").put("tz_offset", 3600);
        ObjectNode profile = member.putObject("profile");
        profile.put("title", "").put("phone", "").put("skype", "").put("real_name", user.name()).put("real_name_normalized", user.name())
                .put("display_name", names[0]).put("display_name_normalized", names[0]).put("status_text", "").put("status_emoji", "")
                .put("avatar_hash", "g0000000fake").put("first_name", names[0]).put("last_name", names.length > 1 ? names[1] : "")
                .put("team", TEAM_ID);
        if (user.email() != null) {
            profile.put("email", user.email());
        }
        member.put("is_admin", false).put("is_owner", false).put("is_primary_owner", false).put("is_restricted", false)
                .put("is_ultra_restricted", false).put("is_bot", false).put("is_app_user", false).put("updated", 1764230400)
                .put("is_email_confirmed", user.email() != null).put("who_can_share_contact_card", "EVERYONE");
        ObjectNode answer = ok();
        answer.set("user", member);
        return answer;
    }

    private static JsonNode parsedOrEmpty(String json) {
        if (json == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }
}
