package app.bonusbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopbackSlackTest {

    @Test
    void the_loopback_slack_sends_small_answers_without_waiting_for_the_clients_ack() throws Exception {
        // GIVEN nothing else configured about the JDK's HTTP server
        // WHEN the bench's loopback Slack starts
        try (LoopbackSlack slack = LoopbackSlack.start(Map.of())) {
            // THEN its answers go out with Nagle's algorithm off, so an answer's body is not held back ~40 ms
            // behind its headers, a stall the HTTP run would otherwise measure as the bot's
            assertTrue(Boolean.getBoolean("sun.net.httpserver.nodelay"), "the JDK server's TCP_NODELAY setting");
        }
    }

    @Test
    void an_answer_posted_to_a_response_url_completes_its_command() throws Exception {
        // GIVEN a command waiting for its answer
        try (LoopbackSlack slack = LoopbackSlack.start(Map.of())) {
            var answer = slack.expect(7);
            // WHEN the bot posts blocks to the command's response URL
            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(slack.responseUrl(7)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"response_type\":\"ephemeral\",\"blocks\":[]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // THEN Slack's side took it and the command counts as answered
            assertEquals(200, posted.statusCode());
            assertEquals("ok", posted.body());
            assertTrue(answer.get(10, TimeUnit.SECONDS).answered());
        }
    }
}
