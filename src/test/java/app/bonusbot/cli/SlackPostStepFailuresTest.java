package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.chat.slack.FakeSlackApi.Misbehaviour;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.store.Database;
import app.bonusbot.store.PostLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Nordics team's weekly post to Slack (bot-config/posts.yaml: channel C0NORDICS01, then Mette Lund by direct
 * message) with one step of it going wrong at the loopback Web API: the message, the chart's upload URL, the upload,
 * its completion, the manager's message. Whatever goes wrong, and whether the schedule or {@code announce} posts, the
 * channel gets the post exactly once: a failure before Slack took the message frees the week for another try, a
 * failure after it leaves the week posted.
 */
class SlackPostStepFailuresTest {

    private static final String CHANNEL = "C0NORDICS01";
    private static final String METTE = "U0METTE01";
    private static final String WEEK = "2026-W48";

    /** One step of a post going wrong once; {@code beforeTheMessage} when Slack has not taken the message then. */
    record Step(String name, String method, String param, String value, Misbehaviour misbehaviour, boolean beforeTheMessage) {
        void plan(FakeSlackApi slack) {
            if (param == null) {
                slack.misbehave(method, misbehaviour);
            } else {
                slack.misbehave(method, param, value, misbehaviour);
            }
        }

        @Override
        public String toString() {
            return name + ": " + misbehaviour;
        }
    }

    static Stream<Step> steps() {
        String chart = "nordics-" + WEEK + ".png";
        return Stream.of(
                new Step("the channel message", "chat.postMessage", "channel", CHANNEL, Misbehaviour.httpStatus(500), true),
                new Step("the channel message", "chat.postMessage", "channel", CHANNEL, Misbehaviour.error("not_in_channel"), true),
                new Step("the channel message", "chat.postMessage", "channel", CHANNEL, Misbehaviour.malformedBody(), true),
                new Step("the channel message", "chat.postMessage", "channel", CHANNEL, Misbehaviour.droppedConnection(), true),
                new Step("the channel message", "chat.postMessage", "channel", CHANNEL, Misbehaviour.okWithout("channel"), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.okWithout("upload_url"), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.okWithout("file_id"), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.error("invalid_arguments"), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.httpStatus(500), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.malformedBody(), false),
                new Step("the upload URL", "files.getUploadURLExternal", "filename", chart, Misbehaviour.droppedConnection(), false),
                new Step("the upload", FakeSlackApi.UPLOAD, null, null, Misbehaviour.httpStatus(500), false),
                new Step("the upload", FakeSlackApi.UPLOAD, null, null, Misbehaviour.droppedConnection(), false),
                new Step("the completion", "files.completeUploadExternal", "channel_id", CHANNEL, Misbehaviour.error("file_not_found"), false),
                new Step("the completion", "files.completeUploadExternal", "channel_id", CHANNEL, Misbehaviour.httpStatus(500), false),
                new Step("the completion", "files.completeUploadExternal", "channel_id", CHANNEL, Misbehaviour.malformedBody(), false),
                new Step("the completion", "files.completeUploadExternal", "channel_id", CHANNEL, Misbehaviour.droppedConnection(), false),
                new Step("the manager's message", "chat.postMessage", "channel", METTE, Misbehaviour.httpStatus(500), false),
                new Step("the manager's message", "chat.postMessage", "channel", METTE, Misbehaviour.error("channel_not_found"), false),
                new Step("the manager's message", "chat.postMessage", "channel", METTE, Misbehaviour.malformedBody(), false),
                new Step("the manager's message", "chat.postMessage", "channel", METTE, Misbehaviour.droppedConnection(), false));
    }

    @TempDir
    Path tempDir;

    private InProcessCli cli;
    private FakeSlackApi slack;
    private Map<String, String> environment;

    @BeforeEach
    void slack_and_the_hubspot_export_on_friday_27_november() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        slack = FakeSlackApi.start();
        environment = Map.of(SlackSettings.BOT_TOKEN, FakeSlackApi.BOT_TOKEN, SlackSettings.API_URL, slack.methodsUrl());
    }

    @AfterEach
    void stop_slack() {
        slack.close();
    }

    private List<String> messagesTo(String channel) {
        return slack.accepted("chat.postMessage").stream().map(c -> c.param("channel")).filter(channel::equals).toList();
    }

    private boolean recordedAsPosted() {
        try (Database db = Database.open(cli.db())) {
            return new PostLedger(db).find("nordics", WEEK).map(PostClaims.PostRecord::sent).orElse(false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void the_scheduled_post_reaches_the_channel_once_whichever_step_fails(Step step) {
        // given Slack misbehaves once at that step, and the bot wakes on Friday afternoon to catch up Monday's post
        step.plan(slack);
        ManualClock clock = new ManualClock(LocalDateTime.parse("2026-11-27T13:00").atZone(ZoneId.of("Europe/Copenhagen")));
        try (Application app = Application.open(cli.config(), cli.db(), clock::withZone)) {
            PostDelivery delivery = new BotProcess(app).connectForPosting(SlackSettings.forPosting(environment), Optional.empty()).posts();
            List<Routine> nordics = app.teamPosts(delivery).routines().stream().filter(r -> r.name().equals("team-post:nordics")).toList();
            Scheduler scheduler = new Scheduler(clock, nordics);
            // when the schedule runs, and again after a failed post's retry is due, twice
            scheduler.runDue();
            clock.advance(Duration.ofMinutes(5));
            scheduler.runDue();
            clock.advance(Duration.ofMinutes(30));
            scheduler.runDue();
        }
        // then
        assertEquals(List.of(CHANNEL), messagesTo(CHANNEL), "one post in the channel; all calls: " + slack.calls().stream().map(c -> c.method() + " " + c.status()).toList());
        assertTrue(recordedAsPosted(), "the week is recorded as posted");
        assertEquals(step.name().equals("the manager's message") ? 0 : 1, messagesTo(METTE).size(), "Mette's copy at most once");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void announcing_twice_posts_to_the_channel_once_whichever_step_fails(Step step) {
        // given
        step.plan(slack);
        // when
        InProcessCli.Run first = cli.run(environment, "announce", "--team", "nordics");
        InProcessCli.Run second = cli.run(environment, "announce", "--team", "nordics");
        // then
        assertEquals(List.of(CHANNEL), messagesTo(CHANNEL), first + "\n" + second);
        assertTrue(recordedAsPosted(), "the week is recorded as posted");
        if (step.beforeTheMessage()) {
            assertEquals(ExitCodes.FAILURE, first.exitCode(), first.toString());
            assertTrue(first.out().contains("nordics: not posted: "), first.out());
            assertEquals(ExitCodes.OK, second.exitCode(), second.toString());
            assertTrue(second.out().contains("nordics: posted week " + WEEK), second.out());
        } else {
            assertEquals(ExitCodes.POSTED_WITH_PROBLEMS, first.exitCode(), first.toString());
            assertTrue(first.out().contains("nordics: posted week " + WEEK + ", but "), first.out());
            assertEquals(ExitCodes.OK, second.exitCode(), second.toString());
            assertTrue(second.out().contains("nordics: week " + WEEK + " was posted already"), second.out());
        }
    }

    @Test
    void announce_names_the_failed_part_and_exits_with_7_when_slack_answers_ok_without_an_upload_url() {
        // given
        slack.misbehave("files.getUploadURLExternal", Misbehaviour.okWithout("upload_url"));
        // when
        InProcessCli.Run run = cli.run(environment, "announce", "--team", "nordics");
        // then
        assertEquals(ExitCodes.POSTED_WITH_PROBLEMS, run.exitCode(), run.toString());
        assertEquals("Posting to Slack (SLACK_BOT_TOKEN is set).\n"
                + "nordics: posted week 2026-W48, but the chart in Slack failed: files.getUploadURLExternal failed: answered ok without an upload_url."
                + " Where it was posted the week is recorded: neither the schedule nor announce posts it there again.\n", run.out());
    }
}
