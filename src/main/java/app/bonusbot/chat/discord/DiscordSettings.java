package app.bonusbot.chat.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the Discord bot starts with: the bot token from the environment only, the servers from settings.yaml
 * ({@code discord.guilds}). {@link #toString()} never shows the token.
 *
 * @param restBaseUrl Discord's REST API base, ending in '/' ({@code DISCORD_API_URL}, e.g. a proxy or a test's
 *     stand-in); null for Discord's own
 * @param gatewayUrl the gateway's WebSocket URL ({@code DISCORD_GATEWAY_URL}); null for Discord's own
 * @param guildIds the servers {@code /bonus} is registered in
 */
public record DiscordSettings(String token, String restBaseUrl, String gatewayUrl, List<String> guildIds) {

    public static final String TOKEN = "DISCORD_TOKEN";
    public static final String API_URL = "DISCORD_API_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";

    /** Three dot-separated parts of base64url: the user id, a timestamp and the signature. */
    private static final Pattern TOKEN_PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String WHERE_TOKEN = "the Developer Portal → your application → Bot → Reset Token";

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        guildIds = List.copyOf(guildIds);
    }

    /**
     * Reads the environment. Empty when {@code DISCORD_TOKEN} is unset or blank (the bot then runs without Discord);
     * a {@link DiscordSetupException} naming every problem when what is set does not add up.
     *
     * @param guildIds settings.yaml's {@code discord.guilds}
     */
    public static Optional<DiscordSettings> fromEnvironment(Map<String, String> env, List<String> guildIds) {
        String token = value(env, TOKEN);
        if (token == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        tokenProblem(token).ifPresent(problems::add);
        String apiUrl = value(env, API_URL);
        if (apiUrl != null && !isUrl(apiUrl, "http", "https")) {
            problems.add(API_URL + " must be an http(s) URL with a host, such as https://discord.com/api/v10/, without a query");
        }
        String gatewayUrl = value(env, GATEWAY_URL);
        if (gatewayUrl != null && !isUrl(gatewayUrl, "ws", "wss")) {
            problems.add(GATEWAY_URL + " must be a ws:// or wss:// URL with a host, such as wss://gateway.discord.gg/, without a query"
                    + " (Bonusbot adds the gateway's parameters itself)");
        }
        if (guildIds.isEmpty()) {
            problems.add(TOKEN + " is set but settings.yaml lists no Discord servers: add their ids under discord.guilds, so /bonus is"
                    + " registered somewhere");
        }
        if (!problems.isEmpty()) {
            throw new DiscordSetupException(problems);
        }
        String base = apiUrl == null ? null : (apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        return Optional.of(new DiscordSettings(token, base, gatewayUrl, guildIds));
    }

    /** What is wrong with a token, in words that never repeat it. */
    private static Optional<String> tokenProblem(String token) {
        if (token.regionMatches(true, 0, "Bot ", 0, 4) || token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(TOKEN + " starts with \"" + token.substring(0, token.indexOf(' ')) + " \": set the token alone, Bonusbot"
                    + " adds the prefix itself");
        }
        if (token.startsWith("\"") || token.startsWith("'")) {
            return Optional.of(TOKEN + " is in quotes: set the token without them");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(TOKEN + " contains white space: copy the bot token again from " + WHERE_TOKEN);
        }
        String[] parts = token.split("\\.", -1);
        boolean wellFormed = parts.length == 3;
        for (String part : parts) {
            wellFormed &= TOKEN_PART.matcher(part).matches();
        }
        if (!wellFormed) {
            return Optional.of(TOKEN + " is not a bot token: a bot token has three parts separated by dots (not the application id,"
                    + " public key or client secret); get it from " + WHERE_TOKEN);
        }
        return Optional.empty();
    }

    private static boolean isUrl(String text, String... schemes) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return List.of(schemes).contains(scheme) && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null;
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "DiscordSettings[restBaseUrl=" + (restBaseUrl == null ? "Discord's" : restBaseUrl)
                + ", gatewayUrl=" + (gatewayUrl == null ? "Discord's" : gatewayUrl) + ", guildIds=" + guildIds + "]";
    }
}
