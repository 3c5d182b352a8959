package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.store.ChatIdentityStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team posts through the real Slack client against the loopback Web API, with the demo company on a SQLite file. */
class SlackPostDeliveryTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    private static final Reply POST = Reply.builder("Nordics: 55 % of the team target").header("Weekly update · Nordics new business")
            .progress("Team", new java.math.BigDecimal("0.55"), "55 % of the team target").build();

    @TempDir
    Path dir;

    private FakeSlackApi slack;
    private Application app;
    private ManualClock clock;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void slack_and_the_demo_company_on_monday_morning() {
        slack = FakeSlackApi.start();
        clock = new ManualClock(LocalDateTime.parse("2026-12-07T09:00").atZone(ZoneId.of("Europe/Copenhagen")));
        app = Application.open(Path.of("bot-config"), dir.resolve("bonusbot.db"), clock::withZone);
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    private SlackPostDelivery delivery() {
        SlackSettings settings = new SlackSettings(SlackMode.SOCKET, FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, null, slack.methodsUrl(), null);
        SlackApi api = new SlackApi(SlackApi.slack(settings), FakeSlackApi.BOT_TOKEN, waits::add, SlackApi.DEFAULT_ATTEMPTS);
        return new SlackPostDelivery(api, new SlackPeople(api, new ChatIdentityStore(app.database()), () -> app.company().directory(), app.clock()), app::company);
    }

    private Team nordics() {
        return app.company().directory().team("nordics").orElseThrow();
    }

    @Test
    void a_channel_post_is_a_block_kit_message_with_its_chart_uploaded_to_the_same_channel() {
        // when
        delivery().deliver(new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.SLACK, "C0NORDICS01")), POST, PNG);
        // then
        List<FakeSlackApi.Call> messages = slack.answered("chat.postMessage");
        assertEquals(1, messages.size());
        assertEquals("C0NORDICS01", messages.get(0).param("channel"));
        assertEquals("Nordics: 55 % of the team target", messages.get(0).param("text"));
        assertEquals("Weekly update · Nordics new business", messages.get(0).json("blocks").get(0).path("text").path("text").asText());
        FakeSlackApi.Call url = slack.answered("files.getUploadURLExternal").get(0);
        assertEquals("nordics-2026-W50.png", url.param("filename"));
        assertEquals(Integer.toString(PNG.length), url.param("length"));
        String fileId = slack.answered(FakeSlackApi.UPLOAD).get(0).param("file_id");
        assertArrayEquals(PNG, slack.uploaded(fileId));
        FakeSlackApi.Call complete = slack.answered("files.completeUploadExternal").get(0);
        assertEquals("C0NORDICS01", complete.param("channel_id"));
        assertTrue(complete.param("files").contains("\"id\":\"" + fileId + "\""), complete.param("files"));
    }

    @Test
    void the_managers_copy_is_a_direct_message_with_the_chart_in_that_conversation() {
        // given Mette Lund's slack_id is U0METTE01
        Person mette = app.company().directory().person("mette.lund").orElseThrow();
        // when
        delivery().deliver(new TeamPostTarget.ManagerDm(nordics(), "2026-W50", mette), POST, PNG);
        // then
        assertEquals("U0METTE01", slack.answered("chat.postMessage").get(0).param("channel"));
        assertEquals("D0METTE01", slack.answered("files.completeUploadExternal").get(0).param("channel_id"));
    }

    @Test
    void a_manager_without_a_slack_id_is_found_by_e_mail() {
        // given
        slack.addUser("U0MANAGER9", "Mette Lund", "mette.lund@nordlys.example");
        Person mette = app.company().directory().person("mette.lund").orElseThrow();
        Person withoutSlackId = new Person(mette.id(), mette.name(), mette.email(), mette.teamId(), mette.hireDate(), mette.leaveDate(), mette.language(),
                Map.of(ChatPlatform.DISCORD, mette.chatId(ChatPlatform.DISCORD).orElseThrow()));
        // when
        delivery().deliver(new TeamPostTarget.ManagerDm(nordics(), "2026-W50", withoutSlackId), POST, PNG);
        // then
        assertEquals(1, slack.answered("users.lookupByEmail").size());
        assertEquals("U0MANAGER9", slack.answered("chat.postMessage").get(0).param("channel"));
    }

    @Test
    void a_chart_that_cannot_be_uploaded_leaves_the_post_sent_once() {
        // given
        slack.failUploads(500);
        // when
        delivery().deliver(new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.SLACK, "C0NORDICS01")), POST, PNG);
        // then
        assertEquals(1, slack.answered("chat.postMessage").size());
        assertEquals(List.of(), slack.calls("files.completeUploadExternal"));
    }

    @Test
    void a_message_slack_refuses_fails_the_delivery() {
        // given no such workspace member and no e-mail
        Person nobody = new Person("ghost", "Ghost", null, "nordics", null, null, null, Map.of());
        // when
        SlackCallException e = assertThrows(SlackCallException.class,
                () -> delivery().deliver(new TeamPostTarget.ManagerDm(nordics(), "2026-W50", nobody), POST, PNG));
        // then
        assertTrue(e.getMessage().contains("no Slack user for ghost"), e.getMessage());
        assertEquals(List.of(), slack.calls("chat.postMessage"));
    }

    @Test
    void a_team_posted_only_in_discord_gets_nothing_in_slack() {
        // when
        delivery().deliver(new TeamPostTarget.Channel(nordics(), "2026-W50", Map.of(ChatPlatform.DISCORD, "800000000000000201")), POST, PNG);
        // then
        assertEquals(List.of(), slack.calls());
    }

    @Test
    void announce_posts_to_slack_when_only_the_bot_token_is_set() {
        // given the environment of an admin's shell: a bot token and the API URL, no app token
        PostDelivery fromShell = new BotProcess(app).connectForPosting(SlackSettings.forPosting(
                Map.of(SlackSettings.BOT_TOKEN, FakeSlackApi.BOT_TOKEN, SlackSettings.API_URL, slack.methodsUrl())), Optional.empty()).posts();
        // when
        app.teamPosts(fromShell).post("dach", clock.instant().atZone(clock.getZone()), PostClaims.Source.ANNOUNCE);
        // then
        assertEquals(List.of("C0DACH0001"), slack.answered("chat.postMessage").stream().map(c -> c.param("channel")).toList());
    }

    @Test
    void without_a_bot_token_there_is_no_slack_delivery_and_a_wrong_one_is_named() {
        // when
        Optional<SlackSettings> none = SlackSettings.forPosting(Map.of());
        SlackSetupException wrong = assertThrows(SlackSetupException.class,
                () -> SlackSettings.forPosting(Map.of(SlackSettings.BOT_TOKEN, FakeSlackApi.APP_TOKEN)));
        // then
        assertEquals(Optional.empty(), none);
        assertEquals(List.of("SLACK_BOT_TOKEN is not a bot token: it must start with xoxb- (OAuth & Permissions → Bot User OAuth Token)"), wrong.problems());
    }

    @Test
    void the_scheduled_posts_reach_each_teams_channel_once_with_a_rate_limit_waited_out() {
        // given Slack rate-limits the first message
        slack.rateLimit("chat.postMessage", 1, 2);
        TeamPosts posts = app.teamPosts(delivery());
        Scheduler scheduler = new Scheduler(clock, posts.routines());
        // when
        scheduler.runDue();
        clock.advance(Duration.ofMinutes(5));
        scheduler.runDue();
        // then
        List<String> channels = slack.answered("chat.postMessage").stream().map(c -> c.param("channel")).toList();
        assertEquals(List.of("C0NORDICS01", "U0METTE01", "C0DACH0001", "C0RENEWAL1"), channels);
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals(4, slack.calls("files.completeUploadExternal").size());
        for (FakeSlackApi.Call message : slack.answered("chat.postMessage")) {
            String text = message.param("text") + message.param("blocks");
            assertFalse(text.contains("DKK") || text.contains("kr."), "no amount of pay in Slack: " + text);
        }
        JsonNode dach = slack.answered("chat.postMessage").get(2).json("blocks");
        assertEquals("Weekly update · DACH", dach.get(0).path("text").path("text").asText());
    }
}
