package app.bonusbot.cli;

import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.discord.Interaction;
import app.bonusbot.chat.discord.SentMessage;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.chat.slack.SlashCommandForm;
import app.bonusbot.chat.slack.transport.SignedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * One {@code bonusbot} process, run in-process as {@code Main} runs it, on Slack in HTTP mode (Slack's Web API and
 * the response URLs on a {@link FakeSlackApi}) and on Discord (a {@link FakeDiscord}) at once: an environment of its
 * own with both platforms' variables, a copy of bot-config/, a new SQLite file and {@code --today 2026-11-27}. Asks
 * on either platform as Slack and Discord would deliver a {@code /bonus}, and stops as SIGTERM would.
 */
final class BonusbotOnBothPlatforms implements AutoCloseable {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeSlackApi slack;
    final FakeDiscord discord;
    final int port;
    private final StringWriter err = new StringWriter();
    private final CountDownLatch stopNow = new CountDownLatch(1);
    private final CompletableFuture<InProcessCli.Run> running;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger slackAsked = new AtomicInteger();

    private BonusbotOnBothPlatforms(FakeSlackApi slack, FakeDiscord discord, InProcessCli store) {
        this.slack = slack;
        this.discord = discord;
        this.port = freePort();
        Map<String, String> env = Map.of(
                "SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.methodsUrl(),
                "DISCORD_TOKEN", FakeDiscord.BOT_TOKEN,
                "DISCORD_API_URL", discord.restBaseUrl(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl());
        StopSignal stop = then -> {
            stopNow.await();
            then.run();
        };
        String[] args = {"--http", Integer.toString(port), "--config", store.config().toString(), "--db", store.db().toString(),
            "--today", InProcessCli.TODAY};
        this.running = CompletableFuture.supplyAsync(() -> {
            StringWriter out = new StringWriter();
            CommandLine cli = Cli.commandLine(new BonusbotCommand(env, stop));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exitCode = cli.execute(args);
            return new InProcessCli.Run(exitCode, out.toString(), err.toString());
        });
    }

    /**
     * Starts the fakes and the process on a copy of bot-config/ (its Discord server is the fake's), and waits until
     * the process says it is ready and {@code /bonus} is registered in the fake's server.
     *
     * @param discordUsers Discord user id → the locale their interactions carry
     * @param discordChannels text channels of the server besides #general, id → name
     */
    static BonusbotOnBothPlatforms start(Path dir, Map<String, String> discordUsers, Map<String, String> discordChannels) {
        return start(InProcessCli.onCopyOfDemoConfig(dir), discordUsers, discordChannels);
    }

    /** As {@link #start(Path, Map, Map)}, on a copy of bot-config/ the test has edited. */
    static BonusbotOnBothPlatforms start(InProcessCli store, Map<String, String> discordUsers, Map<String, String> discordChannels) {
        FakeSlackApi slack = FakeSlackApi.start();
        FakeDiscord discord = FakeDiscord.start();
        discordUsers.forEach((id, locale) -> discord.addUser(id, "user" + id.substring(id.length() - 4), null, locale));
        discordChannels.forEach(discord::addTextChannel);
        BonusbotOnBothPlatforms bot = new BonusbotOnBothPlatforms(slack, discord, store);
        try {
            bot.awaitErr("Ready:");
            discord.awaitRequests(r -> r.is("PUT", "applications/\\d+/guilds/" + FakeDiscord.GUILD_ID + "/commands") && r.succeeded(), 1, WAIT);
        } catch (RuntimeException | AssertionError e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    /** What the process wrote to standard error so far. */
    String err() {
        return err.toString();
    }

    /**
     * {@code /bonus TEXT} typed in Slack by a user, sent signed as Slack sends it; returns the ephemeral answer posted
     * to the command's response URL.
     */
    JsonNode askSlack(String slackUserId, String text) {
        int number = slackAsked.incrementAndGet();
        String body = SlashCommandForm.body(slackUserId, slackUserId.toLowerCase(), text, slack.responseUrl(Integer.toString(number)),
                number + ".1764237600.both");
        HttpResponse<String> ack;
        try {
            ack = http.send(SignedRequest.form(body, SIGNING_SECRET, Instant.now()).to(URI.create("http://127.0.0.1:" + port + "/slack/events")),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (ack.statusCode() != 200) {
            throw new AssertionError("Slack's request got " + ack.statusCode() + " " + ack.body() + "; bonusbot: " + err());
        }
        List<JsonNode> answers = slack.awaitResponses(number, WAIT);
        return answers.get(number - 1);
    }

    /** {@code /bonus} in the Discord server's #general; returns the payload of the deferred reply's one edit. */
    JsonNode askDiscord(String discordUserId, String group, String subcommand, Map<String, ?> options) {
        Interaction asked = discord.slashCommand(discordUserId, "bonus", group, subcommand, options);
        SentMessage answer = discord.awaitOriginalEdits(asked, 1, WAIT).get(0);
        if (!discord.awaitCallback(asked, WAIT).ephemeral()) {
            throw new AssertionError("the Discord answer is not ephemeral");
        }
        return answer.payload();
    }

    /** Stops the process as SIGTERM would and waits for it to end. */
    InProcessCli.Run stop() {
        stopNow.countDown();
        try {
            return running.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("bonusbot did not end within " + WAIT + " of the stop: " + err(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!running.isDone()) {
                stop();
            }
        } finally {
            try {
                discord.close();
            } finally {
                slack.close();
            }
        }
    }

    private void awaitErr(String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!err().contains(text)) {
            if (running.isDone()) {
                throw new AssertionError("bonusbot ended before '" + text + "': " + running.join());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within " + WAIT + ": " + err());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
