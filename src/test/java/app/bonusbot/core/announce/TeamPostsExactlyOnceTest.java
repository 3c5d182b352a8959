package app.bonusbot.core.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.store.PostLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo company's three teams (bot-config/posts.yaml: nordics and renewals on Mondays at 09:00, DACH at 08:30,
 * Nordics' manager by direct message too) on one SQLite file, driven by test clocks.
 */
class TeamPostsExactlyOnceTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Path DEMO = Path.of("bot-config");

    @TempDir
    Path dir;

    private final List<Application> opened = new ArrayList<>();

    @AfterEach
    void close_every_application() {
        opened.forEach(Application::close);
    }

    private static ZonedDateTime local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(COPENHAGEN);
    }

    /** A bot process: its own application on the shared database file, with its own clock and delivery. */
    private record Process(Application app, ManualClock clock, RecordingDelivery delivery, TeamPosts posts, Scheduler scheduler) {}

    private Process start(ZonedDateTime now) {
        ManualClock clock = new ManualClock(now);
        Application app = Application.open(DEMO, dir.resolve("bonusbot.db"), zone -> clock.withZone(zone));
        opened.add(app);
        RecordingDelivery delivery = new RecordingDelivery(clock);
        TeamPosts posts = app.teamPosts(delivery);
        return new Process(app, clock, delivery, posts, new Scheduler(clock, posts.routines()));
    }

    @Test
    void two_bot_processes_on_one_database_post_each_teams_week_exactly_once() throws Exception {
        // given two processes that both wake just after Monday 7 December 2026, 09:00
        Process first = start(local("2026-12-07T09:00:05"));
        Process second = start(local("2026-12-07T09:00:05"));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        // when they run what is due at the same moment
        List<Future<?>> runs = new ArrayList<>();
        for (Process process : List.of(first, second)) {
            runs.add(threads.submit(() -> {
                go.await();
                process.scheduler().runDue();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        // and again a little later
        first.clock().advance(Duration.ofMinutes(5));
        second.clock().advance(Duration.ofMinutes(5));
        first.scheduler().runDue();
        second.scheduler().runDue();
        // then
        List<String> posted = new ArrayList<>(first.delivery().channelPosts());
        posted.addAll(second.delivery().channelPosts());
        posted.sort(null);
        assertEquals(List.of("dach 2026-W50", "nordics 2026-W50", "renewals 2026-W50"), posted);
        long managerDms = first.delivery().all().stream().filter(d -> d.target() instanceof TeamPostTarget.ManagerDm).count()
                + second.delivery().all().stream().filter(d -> d.target() instanceof TeamPostTarget.ManagerDm).count();
        assertEquals(1, managerDms, "only Nordics' manager asked for a direct message, and gets it once");
    }

    @Test
    void after_downtime_the_missed_week_is_posted_once_on_start_and_older_missed_weeks_are_not() {
        // given the bot posted on Monday 23 November, then was down until Thursday 10 December
        Process before = start(local("2026-11-23T09:10"));
        before.scheduler().runDue();
        before.app().close();
        opened.remove(before.app());
        // when it starts again, runs, and is restarted once more the same day
        Process after = start(local("2026-12-10T14:00"));
        after.scheduler().runDue();
        after.scheduler().runDue();
        Process restarted = start(local("2026-12-10T15:00"));
        restarted.scheduler().runDue();
        // then Monday 7 December's week went out once, with that Monday's figures; the week of 30 November never did
        assertEquals(List.of("nordics 2026-W48", "dach 2026-W48", "renewals 2026-W48"), before.delivery().channelPosts());
        assertEquals(List.of("nordics 2026-W50", "dach 2026-W50", "renewals 2026-W50"), after.delivery().channelPosts());
        assertEquals(List.of(), restarted.delivery().channelPosts());
        String text = new TextRenderer().render(after.delivery().all().stream().filter(d -> d.team().equals("dach")).findFirst().orElseThrow().post());
        assertTrue(text.contains("Figures as of 7 Dec 2026"), text);
        assertTrue(text.contains("Milestones since 23 Nov 2026"), "counted from the previous post: " + text);
    }

    @Test
    void monday_posts_go_out_at_nine_local_time_before_and_after_both_daylight_saving_changes() {
        // given
        Process process = start(local("2026-03-20T00:00"));
        // when the clock runs through late March and again through late October, five minutes at a time
        for (ZonedDateTime from : List.of(local("2026-03-20T00:00"), local("2026-10-16T00:00"))) {
            process.clock().set(from);
            for (int step = 0; step < 12 * 24 * 14; step++) {
                process.scheduler().runDue();
                process.clock().advance(Duration.ofMinutes(5));
            }
        }
        // then
        List<String> nordics = process.delivery().all().stream().filter(d -> d.toChannel() && d.team().equals("nordics"))
                .map(d -> d.at().toOffsetDateTime().toString()).toList();
        List<String> dach = process.delivery().all().stream().filter(d -> d.toChannel() && d.team().equals("dach"))
                .map(d -> d.at().toOffsetDateTime().toString()).toList();
        assertEquals(List.of("2026-03-20T00:00+01:00", "2026-03-23T09:00+01:00", "2026-03-30T09:00+02:00", "2026-10-16T00:00+02:00",
                "2026-10-19T09:00+02:00", "2026-10-26T09:00+01:00"), nordics, "on start the week's Monday post is caught up at once");
        assertEquals(List.of("2026-03-20T00:00+01:00", "2026-03-23T08:30+01:00", "2026-03-30T08:30+02:00", "2026-10-16T00:00+02:00",
                "2026-10-19T08:30+02:00", "2026-10-26T08:30+01:00"), dach);
    }

    @Test
    void a_failed_delivery_frees_the_week_and_it_is_posted_once_when_the_platform_is_back() {
        // given the chat platform refuses the first post
        Process process = start(local("2026-12-07T09:00"));
        process.delivery().failing(1);
        // when
        process.scheduler().runDue();
        PostClaims.PostRecord afterFailure = new PostLedger(process.app().database()).find("nordics", "2026-W50").orElse(null);
        process.clock().advance(Duration.ofMinutes(1));
        process.scheduler().runDue();
        process.clock().advance(Duration.ofMinutes(1));
        process.scheduler().runDue();
        // then
        assertEquals(null, afterFailure, "the failed post left no claim behind");
        assertEquals(List.of("dach 2026-W50", "renewals 2026-W50", "nordics 2026-W50"), process.delivery().channelPosts());
    }

    @Test
    void a_week_claimed_by_a_process_that_died_is_posted_by_another_after_fifteen_minutes() {
        // given a process claimed Nordics' week and died before posting
        Process survivor = start(local("2026-12-07T09:00"));
        new PostLedger(survivor.app().database()).claim("nordics", survivor.delivery().platform(), "2026-W50", java.time.LocalDate.of(2026, 12, 7),
                local("2026-12-07T09:00").toInstant(), PostClaims.Source.SCHEDULE);
        // when
        survivor.scheduler().runDue();
        List<String> atNine = survivor.delivery().channelPosts();
        survivor.clock().advance(Duration.ofMinutes(10));
        survivor.scheduler().runDue();
        survivor.clock().advance(Duration.ofMinutes(6));
        survivor.scheduler().runDue();
        // then
        assertEquals(List.of("dach 2026-W50", "renewals 2026-W50"), atNine);
        assertEquals(List.of("dach 2026-W50", "renewals 2026-W50", "nordics 2026-W50"), survivor.delivery().channelPosts());
        assertTrue(new PostLedger(survivor.app().database()).find("nordics", "2026-W50").orElseThrow().sent());
    }

    @Test
    void posting_a_week_that_is_posted_already_posts_nothing() {
        // given
        Process process = start(local("2026-12-07T09:00"));
        process.scheduler().runDue();
        // when
        PostOutcome again = process.posts().post("nordics", local("2026-12-09T12:00"), PostClaims.Source.ANNOUNCE);
        // then
        PostClaims.PostRecord existing = assertInstanceOf(PostOutcome.AlreadyPosted.class, again).existing();
        assertEquals(PostClaims.Source.SCHEDULE, existing.source());
        assertEquals(3, process.delivery().channelPosts().size());
    }

    @Test
    void a_team_without_a_channel_on_the_process_platform_is_left_unclaimed_for_a_process_that_has_one() {
        // given a Discord-only process (DACH and renewals have Slack channels only) and a Slack process on one database
        ManualClock clock = new ManualClock(local("2026-12-07T09:00"));
        Application app = Application.open(DEMO, dir.resolve("bonusbot.db"), zone -> clock.withZone(zone));
        opened.add(app);
        RecordingDelivery discordOnly = new RecordingDelivery(clock) {
            @Override
            public boolean reaches(TeamPostTarget target) {
                return !(target instanceof TeamPostTarget.Channel channel) || channel.channel(ChatPlatform.DISCORD).isPresent();
            }
        };
        TeamPosts onDiscord = app.teamPosts(discordOnly);
        Process slack = start(local("2026-12-07T09:00"));
        // when the Discord process posts DACH first, then the Slack process runs its schedule
        PostOutcome dach = onDiscord.post("dach", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        slack.scheduler().runDue();
        // then the Discord process neither posted nor claimed DACH's week, and Slack posted it
        assertEquals(new PostOutcome.NotReached("dach"), dach);
        assertEquals(List.of(), discordOnly.channelPosts());
        assertTrue(slack.delivery().channelPosts().contains("dach 2026-W50"), slack.delivery().channelPosts().toString());
    }

    @Test
    void the_week_is_recorded_as_posted_the_moment_the_platform_takes_the_message() {
        // given a platform that, right after taking the message, looks at what the store says of the week
        Process process = start(local("2026-12-07T09:00"));
        PostLedger ledger = new PostLedger(process.app().database());
        List<Boolean> sentWhenTaken = new ArrayList<>();
        TeamPosts posts = process.app().teamPosts(new RecordingDelivery(process.clock()) {
            @Override
            public synchronized void deliver(TeamPostTarget target, app.bonusbot.core.reply.Reply post, byte[] chartPng, Receipt receipt) {
                super.deliver(target, post, chartPng, receipt);
                if (target instanceof TeamPostTarget.Channel) {
                    sentWhenTaken.add(ledger.find("nordics", "2026-W50").orElseThrow().sent());
                }
            }
        });
        // when
        posts.post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        // then
        assertEquals(List.of(true), sentWhenTaken, "recorded before any step after the message could fail");
    }

    @Test
    void an_unexpected_exception_after_the_message_leaves_the_week_posted_once_and_reports_it() {
        // given the platform takes Nordics' message, then the chart's upload throws a NullPointerException
        Process process = start(local("2026-12-07T09:00"));
        process.delivery().failingAfterPosting(new NullPointerException("upload_url"));
        // when the post is made, the schedule runs twice, and the week is announced by hand
        PostOutcome outcome = process.posts().post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        process.scheduler().runDue();
        process.clock().advance(Duration.ofMinutes(30));
        process.scheduler().runDue();
        PostOutcome announced = process.posts().post("nordics", local("2026-12-07T09:40"), PostClaims.Source.ANNOUNCE);
        // then
        PostOutcome.Posted posted = assertInstanceOf(PostOutcome.Posted.class, outcome);
        assertEquals(List.of(new PostProblem("a step after the message", "unexpected NullPointerException: upload_url", false)), posted.problems());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, announced);
        assertEquals(1, process.delivery().channelPosts().stream().filter(p -> p.equals("nordics 2026-W50")).count(), process.delivery().channelPosts().toString());
        assertTrue(new PostLedger(process.app().database()).find("nordics", "2026-W50").orElseThrow().sent());
        assertEquals(1, process.delivery().all().stream().filter(d -> d.target() instanceof TeamPostTarget.ManagerDm).count(),
                "the manager still gets their copy");
    }

    @Test
    void a_managers_direct_message_failing_in_any_way_is_reported_and_the_channel_post_is_not_repeated() {
        // given the channel takes the post, and the manager's copy then fails with an unexpected exception
        Process process = start(local("2026-12-07T09:00"));
        TeamPosts posts = process.app().teamPosts(new RecordingDelivery(process.clock()) {
            @Override
            public synchronized void deliver(TeamPostTarget target, app.bonusbot.core.reply.Reply post, byte[] chartPng, Receipt receipt) {
                if (target instanceof TeamPostTarget.ManagerDm) {
                    throw new IllegalArgumentException("no such conversation");
                }
                super.deliver(target, post, chartPng, receipt);
            }
        });
        // when
        PostOutcome first = posts.post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        PostOutcome second = posts.post("nordics", local("2026-12-07T09:10"), PostClaims.Source.SCHEDULE);
        // then
        assertEquals(List.of(new PostProblem("the manager's direct message", "unexpected IllegalArgumentException: no such conversation", false)),
                assertInstanceOf(PostOutcome.Posted.class, first).problems());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, second);
    }

    /** A delivery that says it is the platform named. */
    private static RecordingDelivery on(String platform, ManualClock clock) {
        return new RecordingDelivery(clock) {
            @Override
            public String platform() {
                return platform;
            }
        };
    }

    @Test
    void with_two_platforms_one_taking_the_post_and_the_other_failing_the_post_stands_and_the_failed_platform_is_tried_again() {
        // given Slack takes the post, and Discord fails before it takes it
        Process process = start(local("2026-12-07T09:00"));
        RecordingDelivery slack = on("Slack", process.clock());
        RecordingDelivery discord = on("Discord", process.clock()).failing(1);
        TeamPosts posts = process.app().teamPosts(new EveryPlatform(List.of(slack, discord)));
        // when the week is posted, and tried again
        PostOutcome first = posts.post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        PostOutcome again = posts.post("nordics", local("2026-12-07T09:30"), PostClaims.Source.SCHEDULE);
        PostOutcome third = posts.post("nordics", local("2026-12-07T10:00"), PostClaims.Source.SCHEDULE);
        // then Discord's failure is reported and frees Discord's week only: the second try posts there and not in Slack again
        PostOutcome.Posted posted = assertInstanceOf(PostOutcome.Posted.class, first);
        assertEquals(List.of(new PostProblem("the post in Discord", "unexpected IllegalStateException: the chat platform is down", false)), posted.problems());
        assertEquals(List.of("Slack"), posted.postedOn());
        assertEquals(List.of("Discord"), posted.freedOn());
        assertEquals(List.of("Discord"), assertInstanceOf(PostOutcome.Posted.class, again).postedOn());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, third);
        assertEquals(List.of("nordics 2026-W50"), slack.channelPosts());
        assertEquals(List.of("nordics 2026-W50"), discord.channelPosts());
    }

    @Test
    void a_process_on_slack_and_discord_claims_each_platform_so_a_slack_only_process_beside_it_does_not_post_again() {
        // given a process posting to Slack and Discord, and a Slack-only process, on one store
        Process both = start(local("2026-12-07T09:00"));
        RecordingDelivery bothSlack = on("Slack", both.clock());
        RecordingDelivery bothDiscord = on("Discord", both.clock());
        TeamPosts onBoth = both.app().teamPosts(new EveryPlatform(List.of(bothSlack, bothDiscord)));
        Process slackOnly = start(local("2026-12-07T09:00"));
        TeamPosts onSlack = slackOnly.app().teamPosts(on("Slack", slackOnly.clock()));
        // when the first posts Nordics' week, and then the Slack-only process does
        PostOutcome first = onBoth.post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        PostOutcome second = onSlack.post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        // then the week went out once on each platform, each claimed on its own
        assertEquals(List.of("Slack", "Discord"), assertInstanceOf(PostOutcome.Posted.class, first).postedOn());
        assertInstanceOf(PostOutcome.AlreadyPosted.class, second);
        assertEquals(List.of("nordics 2026-W50"), bothSlack.channelPosts());
        assertEquals(List.of("nordics 2026-W50"), bothDiscord.channelPosts());
        PostLedger ledger = new PostLedger(both.app().database());
        assertTrue(ledger.find("nordics", "Slack", "2026-W50").orElseThrow().sent());
        assertTrue(ledger.find("nordics", "Discord", "2026-W50").orElseThrow().sent());
    }

    @Test
    void a_process_on_slack_and_discord_posts_only_on_discord_a_week_a_slack_only_process_posted_already() {
        // given a Slack-only process posted Nordics' week, with the manager's copy
        Process slackOnly = start(local("2026-12-07T09:00"));
        RecordingDelivery slack = on("Slack", slackOnly.clock());
        slackOnly.app().teamPosts(slack).post("nordics", local("2026-12-07T09:00"), PostClaims.Source.SCHEDULE);
        Process both = start(local("2026-12-07T09:05"));
        RecordingDelivery bothSlack = on("Slack", both.clock());
        RecordingDelivery bothDiscord = on("Discord", both.clock());
        TeamPosts onBoth = both.app().teamPosts(new EveryPlatform(List.of(bothSlack, bothDiscord)));
        // when the process on both platforms posts the week
        PostOutcome outcome = onBoth.post("nordics", local("2026-12-07T09:05"), PostClaims.Source.SCHEDULE);
        // then it posts on Discord, the platform it claimed, and not in Slack again; its manager's copy goes by Discord
        assertEquals(List.of("Discord"), assertInstanceOf(PostOutcome.Posted.class, outcome).postedOn());
        assertEquals(List.of(), bothSlack.all());
        assertEquals(List.of("nordics 2026-W50"), bothDiscord.channelPosts());
        assertEquals(1, bothDiscord.all().stream().filter(d -> d.target() instanceof TeamPostTarget.ManagerDm).count());
        assertEquals(List.of("nordics 2026-W50"), slack.channelPosts());
    }
}
