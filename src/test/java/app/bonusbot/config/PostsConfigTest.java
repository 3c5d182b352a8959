package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.PostPrivacy;
import app.bonusbot.core.announce.PostsSettings;
import app.bonusbot.core.announce.TeamPostSettings;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.schedule.CronSchedule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostsConfigTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    private List<String> problemsWith(String posts) {
        return ConfigDir.valid(dir).with("posts.yaml", posts).problems();
    }

    private static List<BigDecimal> levels(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void without_posts_yaml_no_team_is_posted_to() {
        // given
        ConfigDir config = ConfigDir.valid(dir);
        // when
        BotConfig loaded = config.load();
        // then
        assertEquals(PostsSettings.NONE, loaded.posts());
    }

    @Test
    void a_team_entry_with_only_a_channel_gets_monday_at_nine_team_totals_and_the_four_milestones() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("posts.yaml", """
                teams:
                  - team: sales
                    slack_channel: C0SALES001
                """);
        // when
        TeamPostSettings sales = config.load().posts().team("sales").orElseThrow();
        // then
        assertEquals(new TeamPostSettings("sales",
                Map.of(ChatPlatform.SLACK, "C0SALES001"), CronSchedule.parse("MON 09:00", COPENHAGEN), PostPrivacy.TEAM_TOTALS_ONLY,
                false, levels("0.50", "0.75", "1.00", "1.25")), sales);
    }

    @Test
    void defaults_at_the_top_apply_to_every_team_and_an_entry_overrides_them() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("posts.yaml", """
                defaults:
                  at: TUE 10:30
                  privacy: milestone_names_only
                  manager_dm: true
                  milestones: [0.25, 100%]
                teams:
                  - team: sales
                    slack_channel: C0SALES001
                    discord_channel: "800000000000000201"
                    at: "0 8 * * FRI"
                    privacy: names_and_percentages
                    manager_dm: false
                    milestones: [100%, 200%]
                """);
        // when
        TeamPostSettings sales = config.load().posts().team("sales").orElseThrow();
        // then
        assertEquals(new TeamPostSettings("sales", Map.of(ChatPlatform.SLACK, "C0SALES001", ChatPlatform.DISCORD, "800000000000000201"),
                CronSchedule.parse("0 8 * * FRI", COPENHAGEN),
                PostPrivacy.NAMES_AND_PERCENTAGES, false, levels("1.00", "2.00")), sales);
    }

    @Test
    void the_defaults_section_is_what_an_entry_without_its_own_fields_gets() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("posts.yaml", """
                defaults:
                  at: TUE 10:30
                  privacy: milestone_names_only
                  manager_dm: yes
                  milestones: [0.25, 100%]
                teams:
                  - {team: sales, slack_channel: C0SALES001}
                """);
        // when
        TeamPostSettings sales = config.load().posts().team("sales").orElseThrow();
        // then
        assertEquals(CronSchedule.parse("TUE 10:30", COPENHAGEN), sales.at());
        assertEquals(PostPrivacy.MILESTONE_NAMES_ONLY, sales.privacy());
        assertTrue(sales.managerDm());
        assertEquals(levels("0.25", "1.00"), sales.milestones());
    }

    @Test
    void every_problem_is_reported_with_file_line_and_field() {
        // given
        String posts = """
                defaults:
                  privacy: everything
                teams:
                  - team: sales
                    slack_channel: "#sales"
                    at: MON 25:00
                    milestones: [75%, 50%]
                  - team: north
                    slack_channel: C0NORTH001
                    colour: blue
                  - team: sales
                    discord_channel: general
                  - team: sales
                """;
        // when
        List<String> problems = problemsWith(posts);
        // then
        assertEquals(List.of(
                "posts.yaml:2 defaults.privacy: must be one of names_and_percentages, milestone_names_only, team_totals_only, not 'everything'",
                "posts.yaml:5 teams[0].slack_channel: must be a Slack channel id such as C0123ABCDEF (in Slack: open the channel's details; the id is"
                        + " at the bottom of About), not '#sales'",
                "posts.yaml:6 teams[0].at: 'MON 25:00': 25:00 is not a time of day (00:00–23:59)",
                "posts.yaml:7 teams[0].milestones[1]: must be higher than the milestone before it: list them from low to high, each once",
                "posts.yaml:8 teams[1].team: no team 'north' in people.yaml",
                "posts.yaml:10 teams[1].colour: unknown field 'colour' (known fields: team, slack_channel, discord_channel, at, privacy, manager_dm,"
                        + " milestones)",
                "posts.yaml:11 teams[2].team: team 'sales' has a post already (line 4): one entry per team",
                "posts.yaml:12 teams[2].discord_channel: must be a Discord channel id, a number of 15 to 21 digits (in Discord: right-click the"
                        + " channel, Copy Channel ID), not 'general'",
                "posts.yaml:13 teams[3].team: team 'sales' has a post already (line 4): one entry per team",
                "posts.yaml:13 teams[3].slack_channel: is required (or discord_channel): the channel the team's post goes to"), problems);
    }

    @Test
    void a_schedule_that_runs_more_than_once_a_week_is_refused() {
        // when
        List<String> problems = problemsWith("""
                teams:
                  - team: sales
                    slack_channel: C0SALES001
                    at: MON,THU 09:00
                """);
        // then
        assertEquals(List.of("posts.yaml:4 teams[0].at: 'MON,THU 09:00' runs more than once in a week (2027-01-04T09:00 and 2027-01-07T09:00);"
                + " a team is posted to once per week, so give one day and one time, e.g. MON 09:00"), problems);
    }

    @Test
    void a_monthly_schedule_is_fine() {
        // when
        List<String> problems = problemsWith("""
                teams:
                  - {team: sales, slack_channel: C0SALES001, at: "0 9 1 * *"}
                """);
        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_direct_message_to_the_manager_needs_a_manager() {
        // given a team without a manager
        ConfigDir config = ConfigDir.valid(dir).with("people.yaml", ConfigDir.PEOPLE.replace("    manager: boss\n", ""));
        // when
        List<String> problems = config.with("posts.yaml", """
                teams:
                  - team: sales
                    slack_channel: C0SALES001
                    manager_dm: true
                """).problems();
        // then
        assertEquals(List.of("posts.yaml:4 teams[0].manager_dm: team 'sales' has no manager in people.yaml to send the post to"), problems);
    }

    @Test
    void milestones_must_be_above_zero_and_at_most_ten() {
        // when
        List<String> problems = problemsWith("""
                defaults:
                  milestones: [0%, 10%]
                teams:
                  - team: sales
                    slack_channel: C0SALES001
                    milestones: [10%, 20%, 30%, 40%, 50%, 60%, 70%, 80%, 90%, 100%, 110%]
                """);
        // then
        assertEquals(List.of("posts.yaml:2 defaults.milestones[0]: must be more than 0 %",
                "posts.yaml:6 teams[0].milestones: has 11 milestones; at most 10 keep a post readable"), problems);
    }

    @Test
    void the_demo_posts_to_all_three_teams_with_three_privacy_levels() {
        // given
        BotConfig demo = ConfigLoader.load(Path.of("bot-config"));
        // when
        List<TeamPostSettings> teams = demo.posts().teams();
        // then
        assertEquals(List.of("nordics", "dach", "renewals"), teams.stream().map(TeamPostSettings::teamId).toList());
        assertEquals(List.of(PostPrivacy.NAMES_AND_PERCENTAGES, PostPrivacy.MILESTONE_NAMES_ONLY, PostPrivacy.TEAM_TOTALS_ONLY),
                teams.stream().map(TeamPostSettings::privacy).toList());
        assertTrue(teams.get(0).managerDm());
        assertFalse(teams.get(1).managerDm());
        assertEquals(CronSchedule.parse("30 8 * * MON", COPENHAGEN), teams.get(1).at());
        assertEquals(CronSchedule.parse("MON 09:00", COPENHAGEN), teams.get(2).at());
    }
}
