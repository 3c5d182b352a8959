package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** bot-config/slack-manifest.yml, from which an admin creates the Slack app in one step. */
class SlackManifestTest {

    private static Map<String, Object> manifest;

    @BeforeAll
    static void read_the_manifest() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("bot-config/slack-manifest.yml"), StandardCharsets.UTF_8)) {
            manifest = new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(String... path) {
        Object node = manifest;
        for (String key : path) {
            assertTrue(node instanceof Map, "no map at " + key + " in " + String.join(".", path));
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    @Test
    void declares_the_bonus_slash_command_with_a_description_and_usage_hint() {
        // when
        List<Map<String, Object>> commands = at("features", "slash_commands");
        // then
        assertEquals(1, commands.size());
        Map<String, Object> bonus = commands.get(0);
        assertEquals("/bonus", bonus.get("command"));
        assertFalse(((String) bonus.get("description")).isBlank());
        assertEquals("status | explain [plan] | whatif <amount> [deal type] | team | help", bonus.get("usage_hint"));
        assertEquals(Boolean.TRUE, bonus.get("should_escape"), "admin status @someone needs escaped mentions");
        assertNull(bonus.get("url"), "Socket Mode needs no URL; HTTP mode adds one as the comment says");
    }

    @Test
    void asks_for_exactly_the_scopes_the_bot_uses() {
        // when
        List<String> scopes = at("oauth_config", "scopes", "bot");
        // then
        assertEquals(List.of("commands", "chat:write", "users:read", "users:read.email", "files:write"), scopes);
        assertNull(at("oauth_config", "scopes", "user"), "no user scopes");
    }

    @Test
    void enables_socket_mode_and_subscribes_to_app_home_opened_only() {
        // then
        assertEquals(Boolean.TRUE, at("settings", "socket_mode_enabled"));
        assertEquals(List.of("app_home_opened"), at("settings", "event_subscriptions", "bot_events"));
        assertNull(at("settings", "event_subscriptions", "request_url"));
        assertEquals(Boolean.TRUE, at("settings", "interactivity", "is_enabled"));
    }

    @Test
    void has_a_bot_user_and_the_home_tab() {
        // then
        assertEquals("Bonusbot", at("features", "bot_user", "display_name"));
        assertEquals(Boolean.TRUE, at("features", "app_home", "home_tab_enabled"));
        assertEquals("Bonusbot", at("display_information", "name"));
        assertTrue(((String) at("display_information", "description")).length() <= 140, "Slack allows 140 characters");
    }
}
