package app.bonusbot.chat.slack;

import static app.bonusbot.chat.slack.SlackTestBed.ANNA;
import static app.bonusbot.chat.slack.SlackTestBed.EMMA;
import static app.bonusbot.chat.slack.SlackTestBed.KARIN;
import static app.bonusbot.chat.slack.SlackTestBed.METTE;
import static app.bonusbot.chat.slack.SlackTestBed.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /bonus} end to end in process: signed slash-command requests into the real Bolt app, the answers read where
 * Slack would receive them, at the fake response URL.
 */
class SlashCommandTest {

    @TempDir
    Path dir;

    private SlackTestBed bed;

    @BeforeEach
    void the_demo_company_in_a_fake_slack() {
        bed = SlackTestBed.open(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** The one ephemeral answer to a command. */
    private JsonNode answer(String userId, String text) {
        Response ack = bed.command(userId, text);
        assertEquals(200, ack.getStatusCode());
        List<JsonNode> answers = bed.slack.awaitResponses(1, WAIT);
        assertEquals(1, answers.size(), answers.toString());
        JsonNode answer = answers.get(0);
        assertEquals("ephemeral", answer.path("response_type").asText(), answer.toString());
        return answer;
    }

    private static String header(JsonNode answer) {
        JsonNode first = answer.path("blocks").get(0);
        assertEquals("header", first.path("type").asText(), answer.toString());
        return first.path("text").path("text").asText();
    }

    /** Every text of every block, in order, one per line. */
    private static String texts(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : answer.path("blocks")) {
            if (block.has("text")) {
                out.add(block.path("text").path("text").asText());
            }
            block.path("fields").forEach(f -> out.add(f.path("text").asText()));
            block.path("elements").forEach(e -> out.add(e.path("text").asText()));
        }
        return String.join("\n", out);
    }

    private static String lastContext(JsonNode answer) {
        JsonNode blocks = answer.path("blocks");
        JsonNode last = blocks.get(blocks.size() - 1);
        assertEquals("context", last.path("type").asText(), answer.toString());
        return last.path("elements").get(0).path("text").asText();
    }

    @Test
    void status_is_acknowledged_at_once_with_an_empty_body_and_answered_afterwards_through_the_response_url() {
        // given the work after the ack is held back
        bed.executor.hold();
        // when
        long started = System.nanoTime();
        Response ack = bed.command(ANNA, "status");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // then Slack has its 200 long before its 3 seconds, and nothing was answered yet
        assertEquals(200, ack.getStatusCode());
        assertTrue(ack.getBody() == null || ack.getBody().isEmpty(), ack.getBody());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "ack took " + took);
        assertEquals(1, bed.executor.waiting());
        assertTrue(bed.slack.calls(FakeSlackApi.RESPONSE_URL).isEmpty());
        // when the work runs
        bed.executor.release();
        // then the answer is exactly the status snapshot, posted ephemerally to the response URL
        JsonNode answer = bed.slack.awaitResponses(1, WAIT).get(0);
        assertEquals(Snapshots.read("status"), answer);
        assertEquals("Bonus status for Anna Holm: DKK 54,916.67 so far", answer.path("text").asText());
        assertTrue(bed.slack.calls(FakeSlackApi.RESPONSE_URL).get(0).contentType().startsWith("application/json"));
    }

    @Test
    void explain_lists_every_line_of_the_calculation_and_ends_with_the_figures_date() {
        // when
        JsonNode answer = answer(ANNA, "explain");
        // then
        assertEquals(Snapshots.read("explain"), answer);
        assertEquals("How your bonus is calculated · Anna Holm", header(answer));
        assertTrue(texts(answer).contains("Attainment: DKK 412,500.00 / DKK 750,000.00 — *55 %*"), texts(answer));
        assertTrue(texts(answer).contains("Birk &amp; Co, Aarhus"), "user-visible & is escaped: " + texts(answer));
        assertTrue(lastContext(answer).startsWith("Figures as of 27 Nov 2026."), lastContext(answer));
    }

    @Test
    void explain_of_one_plan_names_only_that_plan() {
        // when
        JsonNode answer = answer(ANNA, "explain win-rate");
        // then
        assertTrue(texts(answer).contains("*Win-rate kicker · Q4 2026*"), texts(answer));
        assertFalse(texts(answer).contains("Quarterly new business bonus"), texts(answer));
    }

    @Test
    void whatif_compares_the_payout_before_and_after_the_deal() {
        // when
        JsonNode answer = answer(ANNA, "whatif 100000 renewal");
        // then
        assertEquals(Snapshots.read("whatif"), answer);
        assertEquals("What if you close DKK 100,000.00 (Renewal) today", header(answer));
        assertTrue(texts(answer).contains("*Total cash payout*\nDKK 54,916.67 → DKK 56,694.44 (+DKK 1,777.77)"), texts(answer));
    }

    @Test
    void team_shows_a_manager_each_members_attainment_in_the_managers_language() {
        // when
        JsonNode answer = answer(METTE, "team");
        // then
        assertEquals(Snapshots.read("team"), answer);
        assertEquals("Team Nordics new business", header(answer));
        assertTrue(texts(answer).contains("*Anna Holm*\n*Kvartalsbonus for nysalg*\n`▰▰▰▰▰▱▱▱▱▱`  55 % · 4. kvartal 2026 · tempo 87,2 %"), texts(answer));
        assertEquals("Kun målopfyldelse: beløb er personlige og vises kun til den enkelte sælger.", lastContext(answer));
    }

    @Test
    void help_lists_every_command_with_its_placeholders_escaped() {
        // when
        JsonNode answer = answer(ANNA, "help");
        // then
        assertEquals("Bonusbot · what you can ask", header(answer));
        assertTrue(texts(answer).contains("*/bonus whatif &lt;amount&gt; [deal type]*\n"), texts(answer));
        assertTrue(texts(answer).contains("*/bonus admin status &lt;person&gt; [period]*\n"), texts(answer));
        assertEquals("Bonusbot commands", answer.path("text").asText());
    }

    @Test
    void an_admin_sees_anyones_status_by_id_by_mention_and_by_mention_of_someone_known_by_email_only() {
        // when
        JsonNode byId = answer(KARIN, "admin status anna.holm");
        bed.command(KARIN, "admin status <@U0ANNA01|anna.holm>");
        JsonNode byMention = bed.slack.awaitResponses(2, WAIT).get(1);
        bed.command(KARIN, "admin status <@" + EMMA + "|emma> previous");
        JsonNode byMentionOfEmma = bed.slack.awaitResponses(3, WAIT).get(2);
        // then in Karin's language (Danish, the company default)
        assertEquals("Bonusstatus · Anna Holm", header(byId));
        assertEquals(byId.path("blocks"), byMention.path("blocks"));
        assertEquals("Bonusstatus · Emma Poulsen", header(byMentionOfEmma));
        assertTrue(texts(byMentionOfEmma).contains("3. kvartal 2026"), texts(byMentionOfEmma));
    }

    @Test
    void a_seller_asking_for_the_team_overview_is_told_politely_why_not() {
        // when
        JsonNode answer = answer(ANNA, "team");
        // then
        assertEquals("The team overview is for team managers, and you don't manage a team. /bonus status shows your own figures.",
                texts(answer));
        assertEquals(answer.path("text").asText(), texts(answer));
    }

    @Test
    void a_seller_asking_an_admin_command_is_told_politely_why_not_and_sees_nobody_elses_numbers() {
        // when
        JsonNode answer = answer(ANNA, "admin status <@U0METTE01|mette.lund>");
        // then
        assertEquals("Admin commands are for Bonusbot admins (settings.yaml, admins), and you are not one. /bonus status shows your own figures.",
                texts(answer));
    }

    @Test
    void an_unknown_slack_user_is_told_they_are_not_enrolled_and_given_their_member_id_for_sales_ops() {
        // when
        JsonNode answer = answer("U0GHOST01", "status");
        // then in the company's language
        assertEquals("Jeg kender dig ikke endnu, så jeg har ingen bonustal til dig. Bed sales ops om at tilføje dit chat-id i Bonusbot.",
                answer.path("blocks").get(0).path("text").path("text").asText());
        assertEquals("Dit Slack-medlems-id er U0GHOST01. Sales ops kan tilføje det som slack_id i people.yaml eller give dig samme e-mail i"
                + " Bonusbot som i Slack.", lastContext(answer));
        assertEquals(1, bed.slack.calls("users.info").size());
    }

    @Test
    void a_malformed_command_is_answered_with_the_reason_and_the_help() {
        // when
        JsonNode answer = answer(ANNA, "nonsense <b>");
        // then
        JsonNode blocks = answer.path("blocks");
        assertEquals("\"nonsense\" is not a Bonusbot command.", blocks.get(0).path("text").path("text").asText());
        assertEquals("Bonusbot · what you can ask", blocks.get(1).path("text").path("text").asText());
    }

    @Test
    void a_slack_user_known_by_email_only_gets_their_own_status_and_slack_is_asked_who_they_are_once() {
        // when
        JsonNode first = answer(EMMA, "status");
        bed.command(EMMA, "status previous");
        List<JsonNode> both = bed.slack.awaitResponses(2, WAIT);
        // then
        assertEquals("Bonusstatus · Emma Poulsen", header(first));
        assertEquals("Bonusstatus · Emma Poulsen", header(both.get(1)));
        assertEquals(1, bed.slack.calls("users.info").size());
        assertEquals(EMMA, bed.slack.calls("users.info").get(0).param("user"));
    }

    @Test
    void a_retried_command_with_the_same_trigger_is_acknowledged_but_answered_once() {
        // given
        bed.executor.hold();
        // when
        Response first = bed.command(ANNA, "status", "trigger-once", Map.of());
        Response retry = bed.command(ANNA, "status", "trigger-once", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        // then
        assertEquals(200, first.getStatusCode());
        assertEquals(200, retry.getStatusCode());
        assertEquals(1, bed.executor.waiting());
        bed.executor.release();
        bed.slack.awaitResponses(1, WAIT);
    }

    @Test
    void the_app_built_from_the_application_alone_answers_on_bolts_own_executor() {
        // given
        App app = SlackBot.app(bed.settings, bed.api, bed.application.commands(), bed.application::company, bed.people, App::executorService,
                bed.application.clock());
        try {
            // when
            Response ack = SlackTestBed.run(app, bed.requests.slashCommand(ANNA, "anna", "status", bed.slack.responseUrl("own"), "own", Map.of()));
            JsonNode answer = bed.slack.awaitResponses(1, WAIT).get(0);
            // then
            assertEquals(200, ack.getStatusCode());
            assertEquals(Snapshots.read("status"), answer);
        } finally {
            app.executorService().shutdown();
        }
    }

    @Test
    void a_flood_beyond_what_the_apps_own_answer_threads_hold_is_acked_with_the_busy_notice_instead_of_queued_without_end() {
        // given an app on its own executor whose answers cannot finish (the acks, on this thread, are not held)
        CountDownLatch stuck = new CountDownLatch(1);
        Thread acking = Thread.currentThread();
        Supplier<Company> waitingCompany = () -> {
            try {
                if (Thread.currentThread() != acking) {
                    stuck.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return bed.application.company();
        };
        App app = SlackBot.app(bed.settings, bed.api, bed.application.commands(), waitingCompany, bed.people, App::executorService, bed.application.clock());
        int holds = AnswerThreads.forCores(Runtime.getRuntime().availableProcessors()) + AnswerThreads.QUEUE;
        try {
            // when as many commands as its threads and queue hold arrive, and one more
            for (int i = 0; i < holds; i++) {
                Response ack = SlackTestBed.run(app, bed.requests.slashCommand(ANNA, "anna", "status", bed.slack.responseUrl("f" + i), "f" + i, Map.of()));
                assertEquals(200, ack.getStatusCode());
                assertTrue(ack.getBody() == null || ack.getBody().isEmpty(), "command " + i + ": " + ack.getBody());
            }
            Response over = SlackTestBed.run(app, bed.requests.slashCommand(ANNA, "anna", "status", bed.slack.responseUrl("over"), "over", Map.of()));
            // then the one more is acked at once, privately told to try again
            assertEquals(200, over.getStatusCode());
            assertNotNull(over.getBody(), "the command over the limit was queued like the others");
            assertTrue(over.getBody().contains("Jeg har for mange spørgsmål at besvare lige nu"), over.getBody()); // the demo company speaks Danish
            assertTrue(over.getBody().contains("ephemeral"), over.getBody());
        } finally {
            app.executorService().shutdownNow();
            stuck.countDown();
            awaitStopped(app);
        }
    }

    /** The answers still running finish before the database goes away with the test's directory. */
    private static void awaitStopped(App app) {
        try {
            assertTrue(app.executorService().awaitTermination(30, TimeUnit.SECONDS), "the answers did not stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_request_with_a_wrong_signature_is_refused_and_nothing_happens() {
        // given
        var genuine = bed.requests.slashCommand(ANNA, "anna", "status", bed.slack.responseUrl("forged"), "forged", Map.of());
        // when
        Response refused = SlackTestBed.run(bed.app, bed.requests.forged(genuine));
        // then
        assertEquals(401, refused.getStatusCode());
        assertEquals(0, bed.executor.waiting());
        assertTrue(bed.slack.calls(FakeSlackApi.RESPONSE_URL).isEmpty());
    }

    @Test
    void a_failure_while_answering_gets_a_polite_answer_without_any_technical_detail() {
        // given a store that fails
        Supplier<Company> broken = () -> {
            throw new IllegalStateException("[SQLITE_BUSY] The database file is locked");
        };
        App app = bed.app(new CommandHandler(broken, bed.application.ledger(), bed.application.clock()));
        // when
        Response ack = SlackTestBed.run(app, bed.requests.slashCommand(ANNA, "anna", "status", bed.slack.responseUrl("e"), "e", Map.of()));
        JsonNode answer = bed.slack.awaitResponses(1, WAIT).get(0);
        // then
        assertEquals(200, ack.getStatusCode());
        assertEquals("ephemeral", answer.path("response_type").asText());
        assertEquals("Sorry, something went wrong while I worked out your answer. Please try again in a minute; if it keeps happening, tell"
                + " sales ops.", texts(answer));
        assertFalse(answer.toString().contains("SQLITE"), answer.toString());
        assertFalse(answer.toString().contains("Exception"), answer.toString());
    }

    @Test
    void an_answer_the_response_url_no_longer_takes_reaches_the_caller_as_a_direct_message() {
        // given
        bed.slack.failResponseUrls(404, "expired_url");
        // when
        bed.command(ANNA, "status");
        FakeSlackApi.Call dm = bed.slack.awaitAnswered("chat.postMessage", 1, WAIT).get(0);
        // then
        assertEquals(ANNA, dm.param("channel"));
        assertEquals("Bonus status for Anna Holm: DKK 54,916.67 so far", dm.param("text"));
        assertEquals(Snapshots.read("status").path("blocks"), dm.json("blocks"));
    }

    @Test
    void statement_of_a_closed_period_is_the_frozen_one_privately_in_the_askers_language() {
        // GIVEN Q3 closed by sales ops
        app.bonusbot.DemoCompany.close(dir, "2026-Q3");

        // WHEN Anna asks for her statement of Q3, and Karin (an admin, Danish) for Anna's
        JsonNode own = answer(ANNA, "statement 2026-Q3");
        bed.command(KARIN, "admin statement anna.holm 2026-Q3");
        JsonNode asAdmin = bed.slack.awaitResponses(2, WAIT).get(1);

        // THEN each is ephemeral, lists the plans and the total, and says it is what was paid
        assertEquals("Statement · Anna Holm · Q3 2026", header(own));
        assertTrue(texts(own).contains("Closed on 27 Nov 2026 by cli: this is what was paid"), texts(own));
        assertTrue(texts(own).contains("*Win-rate kicker*"), texts(own));
        assertTrue(texts(own).contains("DKK 12,111.11"), texts(own));
        assertEquals("ephemeral", asAdmin.path("response_type").asText());
        assertEquals("Opgørelse · Anna Holm · 3. kvartal 2026", header(asAdmin));
        assertTrue(texts(asAdmin).contains("Lukket den 27. nov. 2026 af cli"), texts(asAdmin));
    }
}
