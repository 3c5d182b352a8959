package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.slack.transport.LoopbackWebApi;
import app.bonusbot.slack.transport.SignedRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
    void a_bot_token_slack_refuses_stops_the_start_after_the_mode_line_with_a_clear_error() throws Exception {
        // given well-formed tokens that Slack (the loopback stand-in) does not know
        try (LoopbackWebApi webApi = new LoopbackWebApi()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-revoked-0000000000-1111111111111", "SLACK_APP_TOKEN", APP_TOKEN,
                    "SLACK_API_URL", webApi.methodsPrefix());
            // when
            InProcessCli.Run run = bonusbot(env);
            // then
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("Bonusbot " + Version.current() + " · Slack in Socket Mode\n"), run.toString());
            assertTrue(run.err().contains("error: Slack refused SLACK_BOT_TOKEN: auth.test answered 'invalid_auth'."), run.toString());
            assertNoStackTrace(run);
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
