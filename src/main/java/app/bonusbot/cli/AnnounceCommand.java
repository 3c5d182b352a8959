package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Platforms;
import app.bonusbot.chat.console.ConsolePostDelivery;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.core.announce.PostOutcome;
import app.bonusbot.core.announce.PostProblem;
import app.bonusbot.core.announce.PreparedPost;
import app.bonusbot.core.announce.TeamPosts;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.DiscordSetupException;
import app.bonusbot.chat.discord.DiscordStartException;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.SlackSetupException;
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
        try (Application app = store.open()) {
            BotProcess process = new BotProcess(app);
            PrintWriter out = spec.commandLine().getOut();
            // Announce is an operator's tool: its own lines are English around posts quoted as posted, each in its team's language.
            Texts texts = Texts.of(Language.EN);
            ConsolePostDelivery console = new ConsolePostDelivery(store.chartDirectory(), text -> out.print(text), texts);
            try (Platforms chat = dryRun ? new Platforms() : connect(process, app)) {
                List<String> where = chat.names().stream().map(platform -> why(platform, texts)).toList();
                if (where.size() == 1) {
                    out.println(texts.get("cli.announce.posting_to", where.get(0)));
                } else if (where.size() == 2) {
                    out.println(texts.get("cli.announce.posting_to_both", where.get(0), where.get(1)));
                }
                TeamPosts posts = process.teamPosts(chat.isEmpty() ? console : chat.posts());
                List<String> teamIds = chosenTeams(posts, texts);
                ZonedDateTime now = ZonedDateTime.now(app.clock());
                // The week is claimed per platform: say where, so nobody expects it to hold for a platform it was not posted to.
                Optional<String> terminal = chat.isEmpty() ? Optional.of(texts.get("cli.announce.this_terminal")) : Optional.empty();
                int exitCode = dryRun ? dryRun(posts, teamIds, now, console, out, texts) : post(posts, teamIds, now, terminal, out, texts);
                out.flush();
                return exitCode;
            }
        }
    }

    /** "Slack (SLACK_BOT_TOKEN is set)" */
    private static String why(String platform, Texts texts) {
        return platform.equals("Slack") ? texts.get("cli.announce.slack", SlackSettings.BOT_TOKEN) : texts.get("cli.announce.discord", DiscordSettings.TOKEN);
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

    private List<String> chosenTeams(TeamPosts posts, Texts texts) {
        if (posts.teamIds().isEmpty()) {
            throw new UserError(texts, "cli.error.no_posts", store.config.resolve("posts.yaml"));
        }
        if (teams.all) {
            return posts.teamIds();
        }
        if (!posts.teamIds().contains(teams.team)) {
            throw new UserError(texts, "cli.error.no_post_for_team", teams.team, store.config.resolve("posts.yaml"), String.join(", ", posts.teamIds()));
        }
        return List.of(teams.team);
    }

    /** Every team's post prepared together (see {@link TeamPosts#prepareAll}), each printed as soon as it is ready. */
    private static int dryRun(TeamPosts posts, List<String> teamIds, ZonedDateTime now, ConsolePostDelivery console, PrintWriter out, Texts texts) {
        out.println(texts.get("cli.announce.dry_run"));
        posts.prepareAll(teamIds, now, prepared -> {
            List<PreparedPost.Copy> copies = new ArrayList<>(List.of(prepared.channel()));
            prepared.managerDm().ifPresent(copies::add);
            for (PreparedPost.Copy copy : copies) {
                out.println();
                console.deliver(copy.target(), copy.post().reply(), copy.chartPng());
            }
        });
        return ExitCodes.OK;
    }

    /** {@link ExitCodes#FAILURE} when a team was not posted, else {@link ExitCodes#POSTED_WITH_PROBLEMS} when a part failed. */
    /** @param terminal the terminal the posts go to when no chat platform is connected */
    private static int post(TeamPosts posts, List<String> teamIds, ZonedDateTime now, Optional<String> terminal, PrintWriter out, Texts texts) {
        int failed = 0;
        int withProblems = 0;
        for (String teamId : teamIds) {
            PostOutcome outcome;
            try {
                outcome = posts.post(teamId, now, PostClaims.Source.ANNOUNCE);
            } catch (RuntimeException e) {
                out.println(texts.get("cli.announce.failed", teamId, e.getMessage()));
                failed++;
                continue;
            }
            if (outcome instanceof PostOutcome.Posted posted && !posted.problems().isEmpty()) {
                out.println(texts.get("cli.announce.posted_with_problems", teamId, posted.post().week(), 
                        // What failed is told as the log tells it, naming the platform's own error, in English.
                        String.join("; and ", posted.problems().stream().map(PostProblem::sentence).toList())));
                withProblems++;
            } else if (outcome instanceof PostOutcome.Posted posted) {
                // Each platform's week is claimed on its own: only those it went to now (another process may have had the others).
                out.println(texts.get("cli.announce.posted", teamId, posted.post().week(), terminal.orElse(String.join(" and ", posted.postedOn()))));
            } else if (outcome instanceof PostOutcome.AlreadyPosted already) {
                out.println(texts.get("cli.announce.already_posted", teamId, already.existing().week(), WHEN.format(already.existing().sentAt()),
                        texts.get(already.existing().source() == PostClaims.Source.SCHEDULE ? "cli.announce.by_schedule" : "cli.announce.by_announce")));
            } else if (outcome instanceof PostOutcome.NotReached) {
                out.println(texts.get("cli.announce.not_reached", teamId));
                failed++;
            } else {
                PostOutcome.InProgress busy = (PostOutcome.InProgress) outcome;
                out.println(texts.get("cli.announce.in_progress", teamId, busy.existing().week(), WHEN.format(busy.existing().claimedAt()),
                        PostClaims.STALE_AFTER.toMinutes()));
                failed++;
            }
        }
        return failed > 0 ? ExitCodes.FAILURE : withProblems > 0 ? ExitCodes.POSTED_WITH_PROBLEMS : ExitCodes.OK;
    }
}
