package app.bonusbot.chat.slack;

import static app.bonusbot.chat.slack.SlackTestBed.ANNA;
import static app.bonusbot.chat.slack.SlackTestBed.METTE;
import static app.bonusbot.chat.slack.SlackTestBed.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The App Home tab: signed {@code app_home_opened} events into the Bolt app, the views read at the fake views.publish. */
class HomeTabTest {

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

    private Response open(String userId, String eventId, Map<String, String> headers) {
        return SlackTestBed.run(bed.app, bed.requests.homeOpened(userId, "home", eventId, headers));
    }

    /** The n-th published view. */
    private JsonNode published(int count) {
        FakeSlackApi.Call call = bed.slack.awaitAnswered("views.publish", count, WAIT).get(count - 1);
        JsonNode view = call.json("view");
        assertEquals("home", view.path("type").asText());
        return view;
    }

    private static List<String> headers(JsonNode view) {
        List<String> out = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if (b.path("type").asText().equals("header")) {
                out.add(b.path("text").path("text").asText());
            }
        });
        return out;
    }

    private static String lastContext(JsonNode view) {
        JsonNode blocks = view.path("blocks");
        return blocks.get(blocks.size() - 1).path("elements").get(0).path("text").asText();
    }

    @Test
    void a_seller_opening_the_home_tab_sees_their_status() {
        // when
        Response ack = open(ANNA, "Ev0HOME0001", Map.of());
        JsonNode view = published(1);
        // then
        assertEquals(200, ack.getStatusCode());
        assertEquals(ANNA, bed.slack.answered("views.publish").get(0).param("user_id"));
        assertEquals(List.of("Bonus status · Anna Holm"), headers(view));
        JsonNode status = Snapshots.read("status").path("blocks");
        for (int i = 0; i < status.size(); i++) {
            assertEquals(status.get(i), view.path("blocks").get(i), "block " + i + " is the status's");
        }
        assertEquals("Only you can see this tab. Type /bonus help in any channel for every command.", lastContext(view));
    }

    @Test
    void a_manager_sees_their_status_and_their_teams_overview_in_their_language() {
        // when
        open(METTE, "Ev0HOME0002", Map.of());
        JsonNode view = published(1);
        // then
        assertEquals(List.of("Bonusstatus · Mette Lund", "Team Nordics new business"), headers(view));
        assertEquals("Kun du kan se denne fane. Skriv /bonus help i en hvilken som helst kanal for at se alle kommandoer.", lastContext(view));
    }

    @Test
    void someone_bonusbot_does_not_know_sees_that_they_are_not_enrolled_and_their_member_id() {
        // when
        open("U0GHOST01", "Ev0HOME0003", Map.of());
        JsonNode view = published(1);
        // then
        assertEquals(List.of("Bonusbot"), headers(view));
        assertTrue(view.path("blocks").get(1).path("text").path("text").asText().startsWith("Jeg kender dig ikke endnu"), view.toString());
        assertTrue(lastContext(view).startsWith("Dit Slack-medlems-id er U0GHOST01."), lastContext(view));
    }

    @Test
    void a_retried_event_is_acknowledged_but_publishes_once() {
        // given the work after the ack is held back
        bed.executor.hold();
        // when Slack delivers the event, then retries it
        Response first = open(ANNA, "Ev0HOME0004", Map.of());
        Response retry = open(ANNA, "Ev0HOME0004", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        // then both are acknowledged, one publish is pending
        assertEquals(200, first.getStatusCode());
        assertEquals(200, retry.getStatusCode());
        assertEquals(1, bed.executor.waiting());
        // when the work runs and the user opens the tab again later (a new event)
        bed.executor.release();
        open(ANNA, "Ev0HOME0005", Map.of());
        published(2);
        // then
        assertEquals(2, bed.slack.answered("views.publish").size());
    }

    @Test
    void a_publish_rate_limited_twice_is_delivered_once_after_the_retry_after_waits() {
        // given
        bed.slack.rateLimit("views.publish", 2, 4);
        // when
        open(ANNA, "Ev0HOME0006", Map.of());
        published(1);
        // then
        assertEquals(3, bed.slack.calls("views.publish").size());
        assertEquals(1, bed.slack.answered("views.publish").size());
        assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), bed.sleeps);
    }

    @Test
    void opening_the_messages_tab_publishes_nothing() {
        // given
        bed.executor.hold();
        // when
        Response ack = SlackTestBed.run(bed.app, bed.requests.homeOpened(ANNA, "messages", "Ev0HOME0007", Map.of()));
        // then
        assertEquals(200, ack.getStatusCode());
        assertEquals(0, bed.executor.waiting());
    }
}
