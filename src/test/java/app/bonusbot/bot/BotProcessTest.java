package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Platforms.Platform;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.TeamPostSettings;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.store.PostLedger;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo company's bot process on Monday 30 November 2026 at 09:00, when posts.yaml's weekly posts are due. */
class BotProcessTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(LocalDateTime.parse("2026-11-30T09:00").atZone(ZoneId.of("Europe/Copenhagen")));
    private Application app;

    @BeforeEach
    void open() {
        app = Application.open(DemoCompany.configCopy(dir), dir.resolve("bonusbot.db"), clock::withZone);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void every_answer_of_the_process_comes_from_one_command_handler_and_one_surveys() {
        // given
        BotProcess process = new BotProcess(app);
        // when two answers are asked for, by the process and by a CLI command on the same application
        CommandHandler first = process.commands();
        CommandHandler second = app.commands();
        // then
        assertSame(first, second);
        assertSame(app.surveys(), process.surveys());
        assertSame(app.surveys(), new BotProcess(app).surveys());
    }

    @Test
    void the_scheduler_posts_each_teams_week_on_the_connected_platforms_once() {
        // given one platform recording the channel posts
        List<String> channels = new ArrayList<>();
        Platforms platforms = new Platforms();
        platforms.add(new Platform("Recording", () -> { }, (target, post, png, receipt) -> {
            if (target instanceof TeamPostTarget.Channel channel) {
                channels.add(channel.team().id());
            }
            receipt.posted();
        }, SurveyDelivery.NONE));
        BotProcess process = new BotProcess(app);
        Scheduler scheduler = process.scheduler(platforms.posts(), platforms.surveys());
        // when the schedule runs, and runs again
        scheduler.runDue();
        scheduler.runDue();
        // then each team of posts.yaml had its channel post, once, recorded as made by the schedule
        List<String> teams = app.config().posts().teams().stream().map(TeamPostSettings::teamId).toList();
        assertEquals(teams, channels);
        PostLedger ledger = new PostLedger(app.database());
        for (String team : teams) {
            PostClaims.PostRecord week = ledger.find(team, "2026-W49").orElseThrow(() -> new AssertionError(team + " was not recorded"));
            assertTrue(week.sent(), team);
            assertEquals(PostClaims.Source.SCHEDULE, week.source(), team);
        }
    }
}
