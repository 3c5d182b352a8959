package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.slack.transport.CapturedStderr;
import app.bonusbot.chat.slack.transport.LoopbackSocketModeServer;
import app.bonusbot.chat.slack.transport.LoopbackWebApi;
import app.bonusbot.chat.slack.transport.SignedRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Plain {@code bonusbot} reads Slack's environment variables (here a map of the test's own, never the process's):
 * every problem is named and the exit is non-zero, without a stack trace; set up right, it runs in Slack and its
 * first line says which mode; with no Slack variable, the console chat starts as before.
 */
class SlackStartupTest {

    private static final String BOT_TOKEN = "xoxb-valid-0000000000-1111111111111-bonusbot";
    private static final String APP_TOKEN = "xapp-valid-1-A0001-2222222222222-bonusbot";
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    /** Where a stack trace of the Socket Mode connection would run through. */
    private static final String[] SOCKET_MODE_PACKAGES = {"org.java_websocket", "com.slack.api.socket_mode", "app.bonusbot.chat.slack.transport"};

    @TempDir
    Path tempDir;

    private InProcessCli.Run bonusbot(Map<String, String> env, StopSignal stop, StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(new BonusbotCommand(env, stop));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", InProcessCli.DEMO_CONFIG.toString(), "--db", tempDir.resolve("bonusbot.db").toString(),
                "--today", InProcessCli.TODAY));
        int exitCode = cli.execute(all.toArray(String[]::new));
        return new InProcessCli.Run(exitCode, out.toString(), err.toString());
    }

    private InProcessCli.Run bonusbot(Map<String, String> env, String... args) {
        return bonusbot(env, stop -> {
            throw new AssertionError("must not start");
        }, new StringWriter(), args);
    }

    private static void assertNoStackTrace(InProcessCli.Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.toString());
    }

    @Test
    void a_malformed_bot_token_is_named_and_nothing_starts() {
        // given a user token where the bot token belongs
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxp-1234567890-1234567890", "SLACK_APP_TOKEN", APP_TOKEN);
        // when
        InProcessCli.Run run = bonusbot(env);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: SLACK_BOT_TOKEN is not a bot token: it must start with xoxb-"), run.toString());
        assertFalse(run.err().contains("xoxp-1234567890"), "never prints a token");
        assertNoStackTrace(run);
    }

    @Test
    void a_missing_app_token_is_named_and_nothing_starts() {
        // given
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN);
        // when
        InProcessCli.Run run = bonusbot(env);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: SLACK_APP_TOKEN is not set: Socket Mode needs an app-level token (xapp-…)"), run.toString());
        assertTrue(run.err().contains("Bonusbot will not start (1 problem)."), run.toString());
        assertNoStackTrace(run);
    }

    @Test
    void http_mode_without_a_signing_secret_is_named_and_nothing_starts() {
        // given
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN);
        // when
        InProcessCli.Run run = bonusbot(env, "--http", "3000");
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: SLACK_SIGNING_SECRET is not set: HTTP mode needs the signing secret"), run.toString());
        assertFalse(run.err().contains("SLACK_APP_TOKEN"), "HTTP mode needs no app token: " + run);
        assertNoStackTrace(run);
    }

    @Test
    void every_problem_is_named_at_once() {
        // given
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-short", "SLACK_APP_TOKEN", "xoxb-0000000000-1111111111111",
                "SLACK_API_URL", "slack.example.com/api");
        // when
        InProcessCli.Run run = bonusbot(env);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: SLACK_BOT_TOKEN is too short to be a bot token"), run.toString());
        assertTrue(run.err().contains("error: SLACK_APP_TOKEN is not an app-level token"), run.toString());
        assertTrue(run.err().contains("error: SLACK_API_URL must be an http(s) URL"), run.toString());
        assertTrue(run.err().contains("(3 problems)"), run.toString());
        assertNoStackTrace(run);
    }

    @Test
    void a_give_up_time_that_is_not_whole_seconds_is_named_and_nothing_starts() {
        // given
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN, "SLACK_GIVE_UP_SECONDS", "5m");
        // when
        InProcessCli.Run run = bonusbot(env);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: SLACK_GIVE_UP_SECONDS must be a whole number of seconds, at least 1"), run.toString());
        assertNoStackTrace(run);
    }

    @Test
    void a_bot_token_slack_refuses_stops_the_start_after_the_mode_line_with_a_clear_error() throws Exception {
        // given well-formed tokens that Slack (the loopback stand-in) does not know
        try (LoopbackWebApi webApi = new LoopbackWebApi()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-revoked-0000000000-1111111111111", "SLACK_APP_TOKEN", APP_TOKEN,
                    "SLACK_API_URL", webApi.methodsPrefix());
            // when
            InProcessCli.Run run = bonusbot(env);
            // then
            assertEquals(ExitCodes.TOKEN_REFUSED, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("Bonusbot " + Version.current() + " · Slack in Socket Mode\n"), run.toString());
            assertTrue(run.err().contains("error: Slack refused SLACK_BOT_TOKEN: auth.test answered 'invalid_auth'."), run.toString());
            assertNoStackTrace(run);
        }
    }

    @Test
    void an_app_token_slack_refuses_exits_at_once_with_the_token_refused_code_and_never_says_ready() throws Exception {
        // given a well-formed app-level token that Slack (the loopback stand-in) refuses with invalid_auth
        try (LoopbackWebApi webApi = new LoopbackWebApi(); CapturedStderr logs = CapturedStderr.start()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", "xapp-revoked-1-A0001-2222222222222",
                    "SLACK_API_URL", webApi.methodsPrefix());
            // when
            InProcessCli.Run run = bonusbot(env);
            // then
            assertEquals(ExitCodes.TOKEN_REFUSED, run.exitCode(), run.toString());
            assertTrue(run.err().contains("error: Slack refused SLACK_APP_TOKEN: apps.connections.open answered 'invalid_auth'."), run.toString());
            assertFalse(run.err().contains("Ready"), run.toString());
            assertFalse(run.err().contains("xapp-revoked"), "never prints a token");
            // and it was asked once: a refused token is not tried again
            assertEquals(1, webApi.callsTo("apps.connections.open"), run.toString());
            assertNoStackTrace(run);
            assertFalse(logs.hasStackTrace(), logs.text());
        }
    }

    @Test
    void socket_mode_with_slacks_websocket_unreachable_never_says_ready_warns_once_per_attempt_and_exits_after_the_give_up_time()
            throws Exception {
        // given Slack's Web API answers, but the WebSocket URL it hands out points at a closed port; give up after 2 s
        try (LoopbackWebApi webApi = new LoopbackWebApi(); CapturedStderr logs = CapturedStderr.start()) {
            String unreachable = LoopbackWebApi.unreachableSocketUrl();
            webApi.answerConnectionsOpenWith(unreachable);
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN, "SLACK_API_URL", webApi.methodsPrefix(),
                    "SLACK_GIVE_UP_SECONDS", "2");
            // when
            InProcessCli.Run run = bonusbot(env);
            // then it never said it was ready, and exited with the code a supervisor restarts on
            assertEquals(ExitCodes.UNREACHABLE, run.exitCode(), run.toString());
            assertFalse(run.err().contains("Ready"), run.toString());
            assertTrue(run.err().contains("error: Slack Socket Mode: no connection to Slack within 2 s; giving up."), run.toString());
            // and each failed attempt was one WARN line naming where and why, without a stack trace
            String where = unreachable.substring(0, unreachable.indexOf('?'));
            List<String> warnings = socketModeWarnings(logs);
            assertEquals(webApi.callsTo("apps.connections.open"), warnings.size(), logs.text());
            assertTrue(warnings.size() >= 2, logs.text());
            warnings.forEach(line -> assertTrue(line.contains("Slack Socket Mode: cannot connect to " + where + " (Connection refused)"), line));
            assertTrue(warnings.get(0).endsWith("; next attempt in 1 s"), warnings.get(0));
            assertFalse(logs.text().contains("ticket="), "the connection ticket is not logged: " + logs.text());
            assertFalse(logs.hasStackTrace(), logs.text());
            assertNoStackTrace(run);
        }
    }

    private static String slashCommandEnvelope(LoopbackWebApi webApi, String slackUserId) {
        return "{\"envelope_id\":\"env-0001\",\"payload\":{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"team_id\":\"T0001\","
                + "\"team_domain\":\"bonusbot-test\",\"channel_id\":\"C0001\",\"channel_name\":\"sales\",\"user_id\":\"" + slackUserId + "\","
                + "\"user_name\":\"anna.holm\",\"command\":\"/bonus\",\"text\":\"status\",\"api_app_id\":\"A0001\","
                + "\"is_enterprise_install\":\"false\",\"response_url\":\"" + webApi.responseUrl("T0001/1/abc") + "\","
                + "\"trigger_id\":\"1.2.abc\"},\"type\":\"slash_commands\",\"accepts_response_payload\":true}";
    }

    @Test
    void socket_mode_says_ready_only_once_slacks_websocket_is_up_and_then_answers_bonus_status() throws Exception {
        // given Slack's WebSocket endpoint is not up yet
        int port = freePort();
        try (LoopbackWebApi webApi = new LoopbackWebApi(); CapturedStderr logs = CapturedStderr.start();
                LoopbackSocketModeServer socket = new LoopbackSocketModeServer(port, slashCommandEnvelope(webApi, "U0ANNA01"))) {
            webApi.answerConnectionsOpenWith(socket.url());
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN, "SLACK_API_URL", webApi.methodsPrefix());
            CountDownLatch stopNow = new CountDownLatch(1);
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(() -> bonusbot(env, stop -> {
                stopNow.await();
                stop.run();
            }, err));
            try {
                // when the bot has failed once, Slack's socket comes up
                awaitWarnings(logs, 1, running);
                assertFalse(err.toString().contains("Ready"), "Ready before the connection is open: " + err);
                socket.listening();
                // then it says Ready only once connected, and answers Anna's /bonus status sent over the socket
                InProcessCli.awaitText(err, "Ready:", running);
                assertEquals("/link/?ticket=bonusbot-test", socket.nextConnection(1), "connected before Ready");
                assertEquals("env-0001", new ObjectMapper().readTree(socket.nextReceived(15)).path("envelope_id").asText());
                LoopbackWebApi.Call answer = webApi.nextResponse(15);
                assertNotNull(answer, "no answer at the response_url within 15 s: " + err);
                assertTrue(answer.body().contains("\"response_type\":\"ephemeral\""), answer.body());
                assertTrue(answer.body().contains("Anna Holm"), answer.body());
            } finally {
                stopNow.countDown();
            }
            InProcessCli.Run run = running.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.err().endsWith("Bonusbot stopped.\n"), run.toString());
            assertEquals(1, socketModeWarnings(logs).size(), logs.text());
            assertFalse(logs.hasStackTraceThrough(SOCKET_MODE_PACKAGES), logs.text());
        }
    }

    @Test
    void a_socket_mode_connection_lost_after_ready_is_retried_and_after_the_give_up_time_the_bot_exits_with_its_code() throws Exception {
        // given a running bot in Socket Mode that gives up after 2 s without a connection
        try (LoopbackWebApi webApi = new LoopbackWebApi(); CapturedStderr logs = CapturedStderr.start()) {
            LoopbackSocketModeServer socket = new LoopbackSocketModeServer().listening();
            webApi.answerConnectionsOpenWith(socket.url());
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN, "SLACK_API_URL", webApi.methodsPrefix(),
                    "SLACK_GIVE_UP_SECONDS", "2");
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(() -> bonusbot(env, stop -> {
                new CountDownLatch(1).await();
            }, err));
            InProcessCli.awaitText(err, "Ready:", running);
            // when Slack's end goes away for good
            socket.close();
            // then the bot tries again, one WARN line per attempt, and then ends with the code a supervisor restarts on
            InProcessCli.Run run = running.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCodes.UNREACHABLE, run.exitCode(), run.toString());
            assertTrue(run.err().contains("error: Slack Socket Mode: no connection to Slack within 2 s; giving up."), run.toString());
            assertTrue(socketModeWarnings(logs).get(0).contains("Slack Socket Mode: connection to Slack lost"), logs.text());
            assertTrue(socketModeWarnings(logs).size() >= 2, logs.text());
            assertTrue(webApi.callsTo("apps.connections.open") >= 2, "asked for a new connection URL");
            assertFalse(logs.hasStackTraceThrough(SOCKET_MODE_PACKAGES), logs.text());
        }
    }

    /** The WARN lines of the Socket Mode connection, not those of a running bot's other parts. */
    private static List<String> socketModeWarnings(CapturedStderr logs) {
        return logs.warnings().stream().filter(line -> line.contains(" - Slack Socket Mode: ")).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static void awaitWarnings(CapturedStderr logs, int count, CompletableFuture<InProcessCli.Run> running) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (socketModeWarnings(logs).size() < count) {
            if (running.isDone()) {
                throw new AssertionError("bonusbot ended before " + count + " warnings: " + running.join() + logs.text());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + count + " warnings within 20 s: " + logs.text());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void http_mode_says_so_first_answers_a_signed_bonus_status_and_stops_gracefully() throws Exception {
        // given the demo company, Slack's Web API on loopback, a free port
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (LoopbackWebApi webApi = new LoopbackWebApi()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", webApi.methodsPrefix());
            CountDownLatch stopNow = new CountDownLatch(1);
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(() -> bonusbot(env, stop -> {
                stopNow.await();
                stop.run();
            }, err, "--http", Integer.toString(port)));
            try {
                InProcessCli.awaitText(err, "Ready:", running);
                // when Anna (U0ANNA01 in people.yaml) types /bonus status
                String body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=bonusbot-test&channel_id=C0001&channel_name=sales"
                        + "&user_id=U0ANNA01&user_name=anna.holm&command=%2Fbonus&text=status&api_app_id=A0001&is_enterprise_install=false"
                        + "&response_url=" + URLEncoder.encode(webApi.responseUrl("T0001/1/abc"), StandardCharsets.UTF_8)
                        + "&trigger_id=1.2.abc";
                HttpResponse<String> ack = HttpClient.newHttpClient().send(
                        SignedRequest.form(body, SECRET, Instant.now()).to(URI.create("http://127.0.0.1:" + port + "/slack/events")),
                        HttpResponse.BodyHandlers.ofString());
                // then
                assertEquals(200, ack.statusCode(), ack.body());
                LoopbackWebApi.Call answer = webApi.nextResponse(15);
                assertNotNull(answer, "no answer at the response_url within 15 s: " + err);
                assertTrue(answer.body().contains("\"response_type\":\"ephemeral\""), answer.body());
                assertTrue(answer.body().contains("Anna Holm"), answer.body());
            } finally {
                stopNow.countDown();
            }
            InProcessCli.Run run = running.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("Bonusbot " + Version.current() + " · Slack in HTTP mode on port " + port + " at /slack/events\n"),
                    run.toString());
            assertTrue(run.err().endsWith("Bonusbot stopped.\n"), run.toString());
            assertFalse(run.err().contains(SECRET) || run.err().contains(BOT_TOKEN), "never prints a secret");
        }
    }

    @Test
    void without_slack_variables_the_console_chat_starts_as_before() {
        // given
        InputStream realIn = System.in;
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream("/quit\n".getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        InProcessCli.Run run;
        try {
            // when
            run = bonusbot(Map.of("HOME", "/home/seller", "LANG", "C.UTF-8"));
        } finally {
            System.setIn(realIn);
            System.setOut(realOut);
            System.setErr(realErr);
        }
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(terminal.toString(StandardCharsets.UTF_8).startsWith("Bonusbot console · you are Anna Holm (anna.holm)."),
                terminal.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_bot_token_cut_short_is_called_too_short_not_the_wrong_kind() {
        // given a bot token of the right kind that lost its end when copied
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-12345", "SLACK_APP_TOKEN", APP_TOKEN);
        // when
        InProcessCli.Run run = bonusbot(env);
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: SLACK_BOT_TOKEN is too short to be a bot token (10 characters): copy the whole token again"
                + " from OAuth & Permissions → Bot User OAuth Token\n"), run.toString());
        assertFalse(run.err().contains("must start with"), run.toString());
        assertFalse(run.err().contains("xoxb-12345"), "never prints a token");
    }

    @Test
    void an_app_token_of_the_wrong_kind_and_one_cut_short_each_get_their_own_message() {
        // given
        Map<String, String> wrongKind = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", "xoxb-0000000000-1111111111111");
        Map<String, String> cutShort = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", "xapp-1-A01");
        // when
        InProcessCli.Run wrong = bonusbot(wrongKind);
        InProcessCli.Run shortened = bonusbot(cutShort);
        // then
        assertTrue(wrong.err().startsWith("error: SLACK_APP_TOKEN is not an app-level token: it must start with xapp-"), wrong.toString());
        assertTrue(shortened.err().startsWith("error: SLACK_APP_TOKEN is too short to be an app-level token (10 characters)"), shortened.toString());
        assertFalse(shortened.err().contains("must start with"), shortened.toString());
    }
}
