package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.config.ConfigLoader;
import app.bonusbot.chat.discord.Callback;
import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.discord.Interaction;
import app.bonusbot.chat.discord.RecordedRequest;
import app.bonusbot.chat.discord.SentMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import app.bonusbot.chat.slack.FakeSlackApi;
import java.util.HashMap;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Plain {@code bonusbot} with {@code DISCORD_TOKEN} in its environment (a map of the test's own, never the process's):
 * a token or configuration that cannot work is named and nothing starts; a token Discord refuses stops the start after
 * the first line; set up right, against a loopback fake Discord, it runs in Discord, answers {@code /bonus} and stops
 * gracefully.
 */
class DiscordStartupTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Shaped like a bot token, but not the one the fake Discord knows. */
    private static final String REVOKED_TOKEN = "MTI1MDAwMDAwMDAwMDAwMDAwMQ.GfAkE0.revoked-bonusbot-token-00000000000000000";
    /** Anna Holm's discord_id in people.yaml. */
    private static final String ANNA = "700000000000000201";
    /** The Nordics team's discord_channel in posts.yaml, where the week's post goes when the bot starts after Monday 09:00. */
    private static final String NORDICS_CHANNEL = "800000000000000201";

    @TempDir
    Path tempDir;

    private InProcessCli.Run bonusbot(Map<String, String> env, Path config, StopSignal stop, StringWriter err) {
        CommandLine cli = Cli.commandLine(new BonusbotCommand(env, stop));
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute("--config", config.toString(), "--db", tempDir.resolve("bonusbot.db").toString(), "--today", InProcessCli.TODAY);
        return new InProcessCli.Run(exitCode, out.toString(), err.toString());
    }

    private InProcessCli.Run bonusbot(Map<String, String> env, Path config) {
        return bonusbot(env, config, stop -> {
            throw new AssertionError("must not start");
        }, new StringWriter());
    }

    private static Map<String, String> pointingAt(FakeDiscord discord, String token) {
        return Map.of("DISCORD_TOKEN", token, "DISCORD_API_URL", discord.restBaseUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl());
    }

    private static String firstLine() {
        return "Bonusbot " + Version.current() + " · Discord (1 server)";
    }

    private static void assertNoStackTrace(InProcessCli.Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.toString());
    }

    @Test
    void a_malformed_discord_token_is_named_and_nothing_starts() {
        // given the application id where the bot token belongs
        Map<String, String> env = Map.of("DISCORD_TOKEN", "1250000000000000001");
        // when
        InProcessCli.Run run = bonusbot(env, InProcessCli.DEMO_CONFIG);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: DISCORD_TOKEN is not a bot token: a bot token has three parts separated by dots"), run.toString());
        assertTrue(run.err().contains("Bonusbot will not start (1 problem)."), run.toString());
        assertFalse(run.err().contains("1250000000000000001"), "never prints a token: " + run);
        assertFalse(run.err().contains("Bonusbot " + Version.current()), "nothing started: " + run);
        assertNoStackTrace(run);
    }

    @Test
    void a_discord_token_without_servers_in_settings_is_named_and_nothing_starts() {
        // given a configuration without the discord section
        InProcessCli copy = InProcessCli.onCopyOfDemoConfig(tempDir).editing("settings.yaml", "discord:\n  guilds: [\"900000000000000001\"]\n", "");
        // when
        InProcessCli.Run run = bonusbot(Map.of("DISCORD_TOKEN", FakeDiscord.BOT_TOKEN), copy.config());
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: DISCORD_TOKEN is set but settings.yaml lists no Discord servers: add their ids under"
                + " discord.guilds"), run.toString());
        assertFalse(run.err().contains(FakeDiscord.BOT_TOKEN), "never prints a token: " + run);
        assertNoStackTrace(run);
    }

    @Test
    void a_token_discord_refuses_stops_the_start_after_the_first_line_with_one_error_line() {
        // given a well-formed token the fake Discord does not know
        try (FakeDiscord discord = FakeDiscord.start()) {
            // when
            InProcessCli.Run run = bonusbot(pointingAt(discord, REVOKED_TOKEN), InProcessCli.DEMO_CONFIG);
            // then
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
            List<String> lines = run.err().lines().toList();
            assertEquals(2, lines.size(), run.toString());
            assertEquals(firstLine(), lines.get(0));
            assertTrue(lines.get(1).startsWith("error: Discord refused DISCORD_TOKEN: reset the bot token in the Developer Portal"), run.toString());
            assertEquals(List.of("GET users/@me -> 401"), discord.requests().stream().map(RecordedRequest::toString).toList());
            assertFalse(run.err().contains(REVOKED_TOKEN), "never prints a token: " + run);
            assertNoStackTrace(run);
        }
    }

    @Test
    void a_discord_start_that_fails_after_slack_started_stops_slack_too() throws Exception {
        // given Slack in HTTP mode on a free port, and a Discord token the fake Discord refuses
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (FakeDiscord discord = FakeDiscord.start(); FakeSlackApi slack = FakeSlackApi.start()) {
            Map<String, String> env = new HashMap<>(pointingAt(discord, REVOKED_TOKEN));
            env.putAll(Map.of("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN, "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                    "SLACK_API_URL", slack.methodsUrl()));
            CommandLine cli = Cli.commandLine(new BonusbotCommand(env, stop -> {
                throw new AssertionError("must not run");
            }));
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            // when
            int exitCode = cli.execute("--http", Integer.toString(port), "--config", InProcessCli.DEMO_CONFIG.toString(), "--db",
                    tempDir.resolve("bonusbot.db").toString(), "--today", InProcessCli.TODAY);
            // then the run fails on Discord, and Slack's port is free again
            assertEquals(ExitCodes.FAILURE, exitCode, err.toString());
            assertTrue(err.toString().contains("error: Discord refused DISCORD_TOKEN"), err.toString());
            try (ServerSocket again = new ServerSocket(port)) {
                assertEquals(port, again.getLocalPort());
            }
        }
    }

    @Test
    void set_up_right_it_runs_in_discord_answers_bonus_status_and_stops_gracefully() throws Exception {
        // given a fake Discord whose server is the one of settings.yaml, with the Nordics team's channel of posts.yaml
        String guild = ConfigLoader.load(InProcessCli.DEMO_CONFIG).discordGuilds().get(0);
        try (FakeDiscord discord = FakeDiscord.start(guild).addTextChannel(NORDICS_CHANNEL, "nordics")) {
            CountDownLatch stopNow = new CountDownLatch(1);
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(() -> bonusbot(pointingAt(discord, FakeDiscord.BOT_TOKEN),
                    InProcessCli.DEMO_CONFIG, stop -> {
                        stopNow.await();
                        stop.run();
                    }, err));
            try {
                InProcessCli.awaitText(err, "Ready:", running);
                discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/" + guild + "/commands"), 1, WAIT);
                // when Anna types /bonus status
                Interaction asked = discord.slashCommand(ANNA, "bonus", "status", Map.of());
                // then she gets her status, privately
                Callback deferred = discord.awaitCallback(asked, WAIT);
                assertEquals(Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, deferred.type());
                assertTrue(deferred.ephemeral());
                SentMessage answer = discord.awaitOriginalEdits(asked, 1, WAIT).get(0);
                assertTrue(answer.embed(0).path("title").asText().contains("Anna Holm"), answer.embeds().toString());
            } finally {
                stopNow.countDown();
            }
            InProcessCli.Run run = running.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith(firstLine() + "\n"), run.toString());
            assertTrue(run.err().contains("Ready: answering /bonus in Discord on "), run.toString());
            assertTrue(run.err().endsWith("Bonusbot stopped.\n"), run.toString());
            assertFalse(run.err().contains(FakeDiscord.BOT_TOKEN), "never prints a token: " + run);
        }
    }
}
