package app.bonusbot.chat.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The form body Slack posts for {@code /bonus TEXT} typed by a user in the sales channel of the fake workspace. */
public final class SlashCommandForm {

    private SlashCommandForm() {}

    /** URL-encoded, fields in the order Slack sends them. */
    public static String body(String userId, String userName, String text, String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("team_domain", "nordlys");
        form.put("channel_id", "C0SALES01");
        form.put("channel_name", "sales");
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", "/bonus");
        form.put("text", text);
        form.put("api_app_id", FakeSlackApi.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
