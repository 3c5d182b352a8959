package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    /** Shaped like a bot token (three base64url parts), but no real one. */
    static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";
    private static final List<String> GUILDS = List.of("900000000000000001");

    private static List<String> problems(Map<String, String> env) {
        return assertThrows(DiscordSetupException.class, () -> DiscordSettings.fromEnvironment(env, GUILDS)).problems();
    }

    @Test
    void without_a_token_there_is_no_discord() {
        // when
        Optional<DiscordSettings> unset = DiscordSettings.fromEnvironment(Map.of(), GUILDS);
        Optional<DiscordSettings> blank = DiscordSettings.fromEnvironment(Map.of(DiscordSettings.TOKEN, "  "), GUILDS);
        // then
        assertTrue(unset.isEmpty());
        assertTrue(blank.isEmpty());
    }

    @Test
    void a_token_alone_talks_to_discords_own_endpoints_in_the_configured_servers() {
        // when
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of(DiscordSettings.TOKEN, " " + TOKEN + "\n"), GUILDS).orElseThrow();
        // then
        assertEquals(new DiscordSettings(TOKEN, null, null, GUILDS), settings);
    }

    @Test
    void the_api_url_ends_with_a_slash_and_the_gateway_url_is_kept_as_given() {
        // when
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of(DiscordSettings.TOKEN, TOKEN,
                DiscordSettings.API_URL, "http://127.0.0.1:8080/api/v10", DiscordSettings.GATEWAY_URL, "ws://127.0.0.1:8081/"), GUILDS).orElseThrow();
        // then
        assertEquals("http://127.0.0.1:8080/api/v10/", settings.restBaseUrl());
        assertEquals("ws://127.0.0.1:8081/", settings.gatewayUrl());
    }

    @Test
    void a_bot_prefix_pasted_with_the_token_is_named() {
        // when
        List<String> problems = problems(Map.of(DiscordSettings.TOKEN, "Bot " + TOKEN));
        // then
        assertEquals(List.of("DISCORD_TOKEN starts with \"Bot \": set the token alone, Bonusbot adds the prefix itself"), problems);
    }

    @Test
    void white_space_inside_the_token_is_named() {
        // when
        List<String> problems = problems(Map.of(DiscordSettings.TOKEN, TOKEN.substring(0, 10) + " " + TOKEN.substring(10)));
        // then
        assertEquals(List.of("DISCORD_TOKEN contains white space: copy the bot token again from the Developer Portal → your application → Bot"
                + " → Reset Token"), problems);
    }

    @Test
    void a_token_in_quotes_is_named() {
        // when
        List<String> problems = problems(Map.of(DiscordSettings.TOKEN, "\"" + TOKEN + "\""));
        // then
        assertEquals(List.of("DISCORD_TOKEN is in quotes: set the token without them"), problems);
    }

    @Test
    void something_else_than_a_bot_token_is_named_and_never_repeated() {
        // given a client secret (one part) and a token with a part too many
        String secret = "k3JxTq9vYb2LmN0pQrStUvWxYz123456";
        // when
        List<String> one = problems(Map.of(DiscordSettings.TOKEN, secret));
        List<String> four = problems(Map.of(DiscordSettings.TOKEN, TOKEN + ".extra"));
        // then
        String expected = "DISCORD_TOKEN is not a bot token: a bot token has three parts separated by dots (not the application id, public"
                + " key or client secret); get it from the Developer Portal → your application → Bot → Reset Token";
        assertEquals(List.of(expected), one);
        assertEquals(List.of(expected), four);
        assertFalse(String.join(" ", one).contains(secret));
    }

    @Test
    void urls_of_the_wrong_kind_are_named_together_with_a_bad_token() {
        // when
        List<String> problems = problems(Map.of(DiscordSettings.TOKEN, "x.y", DiscordSettings.API_URL, "discord.com/api",
                DiscordSettings.GATEWAY_URL, "https://gateway.discord.gg/?v=10"));
        // then
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("DISCORD_TOKEN is not a bot token"), problems.get(0));
        assertEquals("DISCORD_API_URL must be an http(s) URL with a host, such as https://discord.com/api/v10/, without a query", problems.get(1));
        assertEquals("DISCORD_GATEWAY_URL must be a ws:// or wss:// URL with a host, such as wss://gateway.discord.gg/, without a query"
                + " (Bonusbot adds the gateway's parameters itself)", problems.get(2));
    }

    @Test
    void a_token_without_any_configured_server_is_a_problem() {
        // when
        DiscordSetupException e = assertThrows(DiscordSetupException.class,
                () -> DiscordSettings.fromEnvironment(Map.of(DiscordSettings.TOKEN, TOKEN), List.of()));
        // then
        assertEquals(List.of("DISCORD_TOKEN is set but settings.yaml lists no Discord servers: add their ids under discord.guilds, so /bonus"
                + " is registered somewhere"), e.problems());
    }

    @Test
    void the_settings_never_show_the_token() {
        // given
        DiscordSettings settings = new DiscordSettings(TOKEN, "http://127.0.0.1:1/api/v10/", null, GUILDS);
        // when
        String shown = settings.toString();
        // then
        assertFalse(shown.contains(TOKEN), shown);
        assertFalse(shown.contains("GAbCdE"), shown);
        assertTrue(shown.contains("http://127.0.0.1:1/api/v10/"), shown);
    }
}
