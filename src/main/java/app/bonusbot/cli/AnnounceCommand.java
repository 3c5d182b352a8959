package app.bonusbot.cli;

import app.bonusbot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Platforms;
import app.bonusbot.console.ConsolePostDelivery;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostOutcome;
import app.bonusbot.core.announce.PostProblem;
import app.bonusbot.core.announce.PreparedPost;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.discord.DiscordSettings;
import app.bonusbot.discord.DiscordSetupException;
import app.bonusbot.discord.DiscordStartException;
import app.bonusbot.slack.SlackSettings;
import app.bonusbot.slack.SlackSetupException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "announce", mixinStandardHelpOptions = true,
        description = {"Posts the weekly team post now, and records the week as posted so the schedule does not post it again.",
            "With SLACK_BOT_TOKEN set the post goes to the team's Slack channel, with DISCORD_TOKEN to its Discord channel (both when"
                    + " both are set), otherwise to this terminal. With --dry-run, prints what would be posted and writes its chart,"
                    + " recording nothing."})
final class AnnounceCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Mixin
    StoreOptions store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Teams teams;

    static final class Teams {
        @Option(names = "--team", paramLabel = "TEAM", description = "The team to post for (a team id with a post in posts.yaml).")
        String team;

        @Option(names = "--all", description = "Every team with a post in posts.yaml.")
        boolean all;
    }

    @Option(names = "--dry-run", description = "Print what would be posted and where, with the chart's file; post and record nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BonusbotCommand root;

    @Override
    public Integer call() {
        try (Application app = Application.open(store.config, store.db, store::clock)) {
            BotProcess process = new BotProcess(app);
            PrintWriter out = spec.commandLine().getOut();
            ConsolePostDelivery console = new ConsolePostDelivery(ConsolePostDelivery.chartDirectoryFor(store.db), text -> out.print(text));
            try (Platforms chat = dryRun ? new Platforms() : connect(process, app)) {
                if (!chat.isEmpty()) {
                    out.println("Posting to " + String.join(" and ", chat.names().stream().map(AnnounceCommand::why).toList()) + ".");
                }
                TeamPosts posts = process.teamPosts(chat.isEmpty() ? console : chat.posts());
                List<String> teamIds = chosenTeams(posts);
                ZonedDateTime now = ZonedDateTime.now(app.clock());
                int exitCode = dryRun ? dryRun(posts, teamIds, now, console, out) : post(posts, teamIds, now, out);
                out.flush();
                return exitCode;
            }
        }
    }

    /** "Slack (SLACK_BOT_TOKEN is set)" */
    private static String why(String platform) {
        return platform + " (" + (platform.equals("Slack") ? SlackSettings.BOT_TOKEN : DiscordSettings.TOKEN) + " is set)";
    }

    /**
     * Slack when its bot token is set; Discord when its token is, in a session of its own that only posts, so a bot
     * running beside it keeps answering. None without tokens: the post then goes to this terminal.
     */
    private Platforms connect(BotProcess process, Application app) {
        Optional<SlackSettings> slack;
        Optional<DiscordSettings> discord;
        try {
            slack = SlackSettings.forPosting(root.environment());
        } catch (SlackSetupException e) {
            throw new UserError(e.getMessage(), ExitCodes.INVALID_CONFIG);
        }
        try {
            discord = DiscordSettings.fromEnvironment(root.environment(), app.config().discordGuilds());
        } catch (DiscordSetupException e) {
            throw new UserError(String.join("; ", e.problems()), ExitCodes.INVALID_CONFIG);
        }
        try {
            return process.connectForPosting(slack, discord);
        } catch (DiscordStartException e) {
            throw new UserError(e.getMessage());
        }
    }

    private List<String> chosenTeams(TeamPosts posts) {
        if (posts.teamIds().isEmpty()) {
            throw new UserError("no team has a weekly post: add " + store.config.resolve("posts.yaml") + " (see docs/configuration.md)");
        }
        if (teams.all) {
            return posts.teamIds();
        }
        if (!posts.teamIds().contains(teams.team)) {
            throw new UserError("--team: no post for team '" + teams.team + "' in " + store.config.resolve("posts.yaml") + " (teams with a post: "
                    + String.join(", ", posts.teamIds()) + ")");
        }
        return List.of(teams.team);
    }

    private static int dryRun(TeamPosts posts, List<String> teamIds, ZonedDateTime now, ConsolePostDelivery console, PrintWriter out) {
        out.println("Dry run: this is what would be posted now; nothing is posted or recorded.");
        for (String teamId : teamIds) {
            PreparedPost prepared = posts.prepare(teamId, now);
            List<PreparedPost.Copy> copies = new ArrayList<>(List.of(prepared.channel()));
            prepared.managerDm().ifPresent(copies::add);
            for (PreparedPost.Copy copy : copies) {
                out.println();
                console.deliver(copy.target(), copy.post().reply(), copy.chartPng());
            }
        }
        return ExitCodes.OK;
    }

    /** {@link ExitCodes#FAILURE} when a team was not posted, else {@link ExitCodes#POSTED_WITH_PROBLEMS} when a part failed. */
    private static int post(TeamPosts posts, List<String> teamIds, ZonedDateTime now, PrintWriter out) {
        int failed = 0;
        int withProblems = 0;
        for (String teamId : teamIds) {
            PostOutcome outcome;
            try {
                outcome = posts.post(teamId, now, PostClaims.Source.ANNOUNCE);
            } catch (RuntimeException e) {
                out.println(teamId + ": not posted: " + e.getMessage() + ". The week stays open: run announce again, or the schedule will post it.");
                failed++;
                continue;
            }
            if (outcome instanceof PostOutcome.Posted posted && !posted.problems().isEmpty()) {
                out.println(teamId + ": posted week " + posted.post().week() + ", but " + String.join("; and ", posted.problems().stream()
                        .map(PostProblem::sentence).toList()) + ". The week is recorded as posted: neither the schedule nor announce posts it again.");
                withProblems++;
            } else if (outcome instanceof PostOutcome.Posted posted) {
                out.println(teamId + ": posted week " + posted.post().week() + "; the schedule will not post this week again.");
            } else if (outcome instanceof PostOutcome.AlreadyPosted already) {
                out.println(teamId + ": week " + already.existing().week() + " was posted already (" + WHEN.format(already.existing().sentAt()) + ", by "
                        + (already.existing().source() == PostClaims.Source.SCHEDULE ? "the schedule" : "announce") + "); not posted again.");
            } else if (outcome instanceof PostOutcome.NotReached) {
                out.println(teamId + ": not posted: posts.yaml gives it no channel on the platform posting now (slack_channel, discord_channel);"
                        + " nothing recorded.");
                failed++;
            } else {
                PostOutcome.InProgress busy = (PostOutcome.InProgress) outcome;
                out.println(teamId + ": week " + busy.existing().week() + " is being posted by another bot process (since "
                        + WHEN.format(busy.existing().claimedAt()) + "); not posted. If that process died, the week is free again "
                        + PostClaims.STALE_AFTER.toMinutes() + " minutes after it began.");
                failed++;
            }
        }
        return failed > 0 ? ExitCodes.FAILURE : withProblems > 0 ? ExitCodes.POSTED_WITH_PROBLEMS : ExitCodes.OK;
    }
}
