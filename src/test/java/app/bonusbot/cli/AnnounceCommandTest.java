package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.console.ConsolePostDelivery;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostDelivery;
import app.bonusbot.core.announce.TeamPostTarget;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.store.Database;
import app.bonusbot.store.PostLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot announce} on the demo config without demo deals, with the HubSpot export imported, on 27 November 2026. */
class AnnounceCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void only_the_hubspot_export_deals() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    private Optional<PostClaims.PostRecord> recorded(String team, String week) {
        try (Database db = Database.open(cli.db())) {
            return new PostLedger(db).find(team, week);
        }
    }

    private Path chart(String file) {
        return ConsolePostDelivery.chartDirectoryFor(cli.db()).resolve(file);
    }

    @Test
    void a_dry_run_prints_the_post_and_its_chart_file_and_records_nothing() {
        // when
        InProcessCli.Run run = cli.run("announce", "--team", "nordics", "--dry-run");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Dry run: this is what would be posted now; nothing is posted or recorded.\n\n"
                + "── Team post for Nordics new business · Slack channel C0NORDICS01, Discord channel 800000000000000201 · week 2026-W48 ──\n"), run.out());
        assertTrue(run.out().contains("Anna Holm      ▰▰▰▰▰▱▱▱▱▱  55 % af eget mål"), run.out());
        assertTrue(run.out().contains("  Chart: " + chart("nordics-2026-W48.png")), run.out());
        assertTrue(run.out().contains("── Direct message to Mette Lund, manager of Nordics new business ──"), run.out());
        assertTrue(Files.exists(chart("nordics-2026-W48.png")));
        assertEquals(Optional.empty(), recorded("nordics", "2026-W48"));
    }

    @Test
    void a_week_can_be_fast_forwarded_in_a_dry_run() {
        // when
        InProcessCli.Run run = InProcessCli.runExactly("announce", "--team", "dach", "--dry-run", "--today", "2026-12-07", "--config", cli.config().toString(),
                "--db", cli.db().toString());
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("── Team post for DACH · Slack channel C0DACH0001 · week 2026-W50 ──"), run.out());
        assertTrue(run.out().contains("Figures as of 7 Dec 2026"), run.out());
        assertTrue(run.out().contains("24 days left in Q4 2026"), run.out());
        assertEquals(Optional.empty(), recorded("dach", "2026-W50"));
    }

    @Test
    void every_team_at_once_and_no_amount_of_pay_anywhere() {
        // when
        InProcessCli.Run run = cli.run("announce", "--all", "--dry-run");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Team post for Nordics new business"), run.out());
        assertTrue(run.out().contains("Team post for DACH"), run.out());
        assertTrue(run.out().contains("Team post for Customer success & renewals"), run.out());
        assertFalse(run.out().contains("kr."), run.out());
        assertFalse(run.out().contains("DKK"), run.out());
    }

    @Test
    void announce_posts_now_and_records_the_week_so_the_scheduler_does_not_post_it_again() {
        // when
        InProcessCli.Run run = cli.run("announce", "--team", "nordics");
        List<String> scheduled = new ArrayList<>();
        ManualClock friday = new ManualClock(LocalDateTime.parse("2026-11-27T13:00").atZone(ZoneId.of("Europe/Copenhagen")));
        try (Application app = Application.open(cli.config(), cli.db(), friday::withZone)) {
            // The schedule posts where the announce did (the terminal): weeks are claimed per team, platform and week.
            PostDelivery terminal = new PostDelivery() {
                @Override
                public void deliver(TeamPostTarget target, Reply post, byte[] chartPng, Receipt receipt) {
                    scheduled.add(target.team().id() + " " + target.week());
                }

                @Override
                public String platform() {
                    return "the terminal";
                }
            };
            new Scheduler(friday, app.teamPosts(terminal).routines()).runDue();
        }
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Ugentlig status · Nordics new business"), "without Slack the post goes to the terminal: " + run.out());
        assertTrue(run.out().endsWith("nordics: posted week 2026-W48 to this terminal; the schedule will not post this week there again.\n"), run.out());
        PostClaims.PostRecord week = recorded("nordics", "2026-W48").orElseThrow();
        assertTrue(week.sent());
        assertEquals(PostClaims.Source.ANNOUNCE, week.source());
        assertEquals(List.of("dach 2026-W48", "renewals 2026-W48"), scheduled, "Monday 23 November's post is caught up, except the one announced");
    }

    @Test
    void announcing_a_week_twice_posts_it_once() {
        // given
        cli.run("announce", "--team", "renewals");
        // when
        InProcessCli.Run again = cli.run("announce", "--team", "renewals");
        // then
        assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
        assertEquals("renewals: week 2026-W48 was posted already (2026-11-27 11:00 UTC, by announce); not posted again.\n", again.out());
    }

    @Test
    void a_team_without_a_post_is_refused_with_the_teams_that_have_one() {
        // when
        InProcessCli.Run run = cli.run("announce", "--team", "nordic");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("error: --team: no post for team 'nordic' in " + cli.config().resolve("posts.yaml") + " (teams with a post: nordics, dach, renewals)\n",
                run.err());
    }

    @Test
    void a_team_or_all_must_be_chosen_but_not_both() {
        // when
        InProcessCli.Run neither = cli.run("announce", "--dry-run");
        InProcessCli.Run both = cli.run("announce", "--team", "dach", "--all");
        // then
        assertEquals(ExitCodes.USAGE, neither.exitCode(), neither.toString());
        assertTrue(neither.err().contains("Missing required argument"), neither.err());
        assertEquals(ExitCodes.USAGE, both.exitCode(), both.toString());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void without_posts_yaml_there_is_nothing_to_announce() throws Exception {
        // given
        Files.delete(cli.config().resolve("posts.yaml"));
        // when
        InProcessCli.Run run = cli.run("announce", "--all");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: no team has a weekly post: add " + cli.config().resolve("posts.yaml")), run.err());
    }

    @Test
    void announce_posts_to_slack_when_slacks_bot_token_is_in_the_environment() {
        // given
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN, "SLACK_API_URL", slack.methodsUrl());
            // when
            InProcessCli.Run run = cli.run(env, "announce", "--team", "dach");
            // then
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.out().startsWith("Posting to Slack (SLACK_BOT_TOKEN is set).\n"), run.out());
            assertEquals(List.of("C0DACH0001"), slack.answered("chat.postMessage").stream().map(c -> c.param("channel")).toList());
            assertEquals(1, slack.answered("files.completeUploadExternal").size());
            assertTrue(recorded("dach", "2026-W48").orElseThrow().sent());
        }
    }

    @Test
    void a_malformed_discord_token_stops_announce_before_anything_is_posted() {
        // when
        InProcessCli.Run run = cli.run(Map.of("DISCORD_TOKEN", "Bot abc"), "announce", "--team", "dach");
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: DISCORD_TOKEN"), run.err());
        assertEquals(Optional.empty(), recorded("dach", "2026-W48"));
    }
}
