package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.command.CommandHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the bot when Discord cannot be used, against a loopback stand-in for Discord's REST API that answers only
 * the token check ({@code GET users/@me}), and ports nobody listens on.
 */
class DiscordBotTest {

    private static final List<String> GUILDS = List.of("900000000000000001");
    private static final String SELF = "{\"id\":\"1000000000000000001\",\"username\":\"Bonusbot\",\"discriminator\":\"0\",\"avatar\":null,"
            + "\"bot\":true,\"verified\":true,\"mfa_enabled\":false}";

    @TempDir
    Path dir;

    private DiscordTestBed bed;
    private HttpServer rest;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private ExecutorService workers;

    @BeforeEach
    void the_demo_company() {
        bed = DiscordTestBed.open(dir);
        workers = DiscordBot.workers();
    }

    @AfterEach
    void close() {
        if (rest != null) {
            rest.stop(0);
        }
        bed.close();
    }

    /** A REST stand-in answering {@code GET /api/v10/users/@me} with the given status and body. */
    private String restAnswering(int status, String body) {
        try {
            rest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rest.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        rest.start();
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DiscordBot bot(String restUrl, String gatewayUrl) {
        DiscordSettings settings = new DiscordSettings(DiscordSettingsTest.TOKEN, restUrl, gatewayUrl, GUILDS);
        CommandHandler commands = bed.application.commands();
        BonusSlashCommand command = new BonusSlashCommand(commands, bed.application::company, bed.people(), workers);
        return new DiscordBot(settings, command, List.of(), workers);
    }

    @Test
    void a_token_discord_refuses_is_named_in_one_sentence_without_the_token() {
        // given
        String api = restAnswering(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
        DiscordBot bot = bot(api, "ws://127.0.0.1:" + closedPort() + "/");
        // when
        DiscordStartException e = assertThrows(DiscordStartException.class, () -> bot.start(Duration.ofSeconds(5)));
        bot.close();
        // then
        assertEquals("Discord refused DISCORD_TOKEN: reset the bot token in the Developer Portal (your application → Bot → Reset Token) and"
                + " set DISCORD_TOKEN to the new one.", e.getMessage());
        assertEquals(List.of("GET /api/v10/users/@me"), requests);
    }

    @Test
    void an_api_nobody_answers_is_named_with_its_url() {
        // given
        String api = "http://127.0.0.1:" + closedPort() + "/api/v10/";
        DiscordBot bot = bot(api, null);
        // when
        DiscordStartException e = assertThrows(DiscordStartException.class, () -> bot.start(Duration.ofSeconds(5)));
        bot.close();
        // then
        assertTrue(e.getMessage().startsWith("Discord's API at " + api + " could not be reached ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("): check the network, or DISCORD_API_URL if it is set."), e.getMessage());
        assertFalse(e.getMessage().contains(DiscordSettingsTest.TOKEN));
    }

    @Test
    void a_gateway_that_never_gets_the_bot_ready_is_named_after_the_timeout() {
        // given the token is fine but nobody listens at the gateway
        String api = restAnswering(200, SELF);
        String gateway = "ws://127.0.0.1:" + closedPort() + "/";
        DiscordBot bot = bot(api, gateway);
        // when
        DiscordStartException e = assertThrows(DiscordStartException.class, () -> bot.start(Duration.ofSeconds(2)));
        bot.close();
        // then
        assertTrue(e.getMessage().startsWith("Discord's gateway at " + gateway + " did not get the bot ready within 2 seconds (last "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): check that outbound WebSocket connections to it are allowed, or DISCORD_GATEWAY_URL if it is set."),
                e.getMessage());
    }

    @Test
    void a_bot_never_started_has_no_session_and_closes_its_workers() {
        // given
        DiscordBot bot = bot(null, null);
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, bot::jda);
        bot.close();
        bot.close();
        // then
        assertEquals("the Discord bot is not started", e.getMessage());
        assertTrue(workers.isTerminated());
    }
}
