package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.User;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SlackApiTest {

    private FakeSlackApi slack;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final SlackMessage hello = new SlackMessage("Hello",
            List.of(SectionBlock.builder().text(MarkdownTextObject.builder().text("*Hello*").build()).build()));

    @BeforeEach
    void a_fake_slack() {
        slack = FakeSlackApi.start();
        log.start();
        ((Logger) LoggerFactory.getLogger(SlackApi.class)).addAppender(log);
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger(SlackApi.class)).detachAppender(log);
        slack.close();
    }

    private SlackApi api(String token, int attempts) {
        SlackSettings settings = new SlackSettings(SlackMode.SOCKET, token, FakeSlackApi.APP_TOKEN, null, slack.methodsUrl(), null);
        return new SlackApi(SlackApi.slack(settings), token, sleeps::add, attempts);
    }

    private SlackApi api() {
        return api(FakeSlackApi.BOT_TOKEN, SlackApi.DEFAULT_ATTEMPTS);
    }

    private List<String> logged() {
        return log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void every_call_goes_to_the_api_url_of_the_settings_with_the_bot_token() {
        // given
        SlackSettings mine = new SlackSettings(SlackMode.SOCKET, FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, null, slack.methodsUrl(), null);
        SlackSettings slacks = new SlackSettings(SlackMode.SOCKET, FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, null, null, null);
        slack.addUser("U0ANNA01", "Anna Holm", "anna.holm@nordlys.example");
        // when
        Optional<User> anna = api().userInfo("U0ANNA01");
        // then
        assertEquals(slack.methodsUrl(), SlackApi.slack(mine).getConfig().getMethodsEndpointUrlPrefix());
        assertEquals("https://slack.com/api/", SlackApi.slack(slacks).getConfig().getMethodsEndpointUrlPrefix());
        assertEquals("anna.holm@nordlys.example", anna.orElseThrow().getProfile().getEmail());
        FakeSlackApi.Call call = slack.calls("users.info").get(0);
        assertEquals("Bearer " + FakeSlackApi.BOT_TOKEN, call.authorization());
        assertEquals("U0ANNA01", call.param("user"));
    }

    @Test
    void a_views_publish_rate_limited_twice_is_published_once_after_waiting_the_retry_after_each_time() {
        // given
        slack.rateLimit("views.publish", 2, 3);
        View home = View.builder().type("home").blocks(hello.blocks()).build();
        // when
        api().publishView("U0ANNA01", home);
        // then
        assertEquals(3, slack.calls("views.publish").size());
        assertEquals(1, slack.answered("views.publish").size());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeps);
        FakeSlackApi.Call published = slack.answered("views.publish").get(0);
        assertEquals("U0ANNA01", published.param("user_id"));
        assertEquals("*Hello*", published.json("view").path("blocks").get(0).path("text").path("text").asText());
        assertTrue(logged().contains("WARN views.publish: rate-limited by Slack; trying again in 3 s (attempt 2 of 5)"), logged().toString());
    }

    @Test
    void a_chat_post_message_rate_limited_twice_is_posted_once_after_waiting_the_retry_after_each_time() {
        // given
        slack.rateLimit("chat.postMessage", 2, 7);
        // when
        ChatPostMessageResponse posted = api().postMessage("U0ANNA01", hello);
        // then
        assertTrue(posted.isOk());
        assertEquals("D0ANNA01", posted.getChannel());
        assertEquals(3, slack.calls("chat.postMessage").size());
        assertEquals(1, slack.answered("chat.postMessage").size());
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), sleeps);
        FakeSlackApi.Call call = slack.answered("chat.postMessage").get(0);
        assertEquals("Hello", call.param("text"));
        assertEquals("*Hello*", call.json("blocks").get(0).path("text").path("text").asText());
    }

    @Test
    void a_call_still_rate_limited_after_the_last_attempt_is_logged_and_thrown_not_dropped() {
        // given
        slack.rateLimit("chat.postMessage", 10, 1);
        SlackApi api = api(FakeSlackApi.BOT_TOKEN, 3);
        // when
        SlackCallException e = assertThrows(SlackCallException.class, () -> api.postMessage("U0ANNA01", hello));
        // then
        assertEquals("chat.postMessage", e.method());
        assertEquals("ratelimited", e.error());
        assertEquals(3, slack.calls("chat.postMessage").size());
        assertEquals(0, slack.answered("chat.postMessage").size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps);
        assertTrue(logged().contains("ERROR chat.postMessage: still rate-limited by Slack after 3 attempts; giving up"), logged().toString());
    }

    @Test
    void a_response_url_rate_limited_once_takes_the_answer_after_the_wait() {
        // given
        slack.rateLimit(FakeSlackApi.RESPONSE_URL, 1, 2);
        SlashCommandResponse answer = SlashCommandResponse.builder().responseType("ephemeral").text("Hello").blocks(hello.blocks()).build();
        // when
        api().respond(slack.responseUrl("1"), answer);
        // then
        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
        var taken = slack.awaitResponses(1, Duration.ofSeconds(5));
        assertEquals(1, taken.size());
        assertEquals("ephemeral", taken.get(0).path("response_type").asText());
        assertEquals("*Hello*", taken.get(0).path("blocks").get(0).path("text").path("text").asText());
    }

    @Test
    void an_expired_response_url_is_an_error_that_names_what_slack_said() {
        // given
        slack.failResponseUrls(404, "expired_url");
        // when
        SlackCallException e = assertThrows(SlackCallException.class,
                () -> api().respond(slack.responseUrl("1"), SlashCommandResponse.builder().text("late").build()));
        // then
        assertEquals("response_url", e.method());
        assertEquals("HTTP 404 expired_url", e.error());
        assertFalse(String.join("\n", logged()).contains("fakeResponseSecret"), "the response URL is a secret: " + logged());
    }

    @Test
    void unknown_users_are_empty_and_known_ones_are_found_by_id_or_email() {
        // given
        slack.addUser("U0SARA01", "Sara Nielsen", "sara.nielsen@nordlys.example");
        SlackApi api = api();
        // when / then
        assertEquals(Optional.empty(), api.userInfo("U0NOBODY1"));
        assertEquals(Optional.empty(), api.userByEmail("nobody@nordlys.example"));
        assertEquals("U0SARA01", api.userByEmail("Sara.Nielsen@nordlys.example").orElseThrow().getId());
        assertEquals("Sara Nielsen", api.userInfo("U0SARA01").orElseThrow().getRealName());
    }

    @Test
    void a_refused_call_names_slacks_error_and_never_logs_the_token() {
        // given
        String wrong = "xoxb-0000000002-revoked-bonusbot-token";
        // when
        SlackCallException e = assertThrows(SlackCallException.class, () -> api(wrong, 3).userInfo("U0ANNA01"));
        // then
        assertEquals("invalid_auth", e.error());
        assertEquals("users.info failed: invalid_auth", e.getMessage());
        assertTrue(logged().contains("ERROR users.info: Slack answered invalid_auth"), logged().toString());
        assertFalse(String.join("\n", logged()).contains("xoxb-"), logged().toString());
        assertTrue(sleeps.isEmpty());
    }
}
