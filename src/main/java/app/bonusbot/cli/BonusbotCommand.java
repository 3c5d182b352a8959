package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.people.Person;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.DiscordSetupException;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.SlackSetupException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bonusbot}: without a sub-command it starts the bot. With Slack's variables set it runs in Slack (Socket
 * Mode, or HTTP mode with {@code --http PORT}), with {@code DISCORD_TOKEN} in Discord, with both in both at once,
 * until stopped; with none, the console chat. Its verbs are added by {@link Cli}, which leaves them out of a start of
 * the bot itself.
 */
@Command(name = "bonusbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Self-hosted bonus chat bot for B2B sales teams.")
public final class BonusbotCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--person", paramLabel = "ID", description = "Console chat: chat as this person (default: the demo seller).")
    String person;

    @Option(names = "--http", paramLabel = "PORT",
            description = "Slack in HTTP mode: serve Slack's requests at /slack/events on this port (needs SLACK_BOT_TOKEN and"
                    + " SLACK_SIGNING_SECRET). Without it Slack runs in Socket Mode (SLACK_BOT_TOKEN and SLACK_APP_TOKEN).")
    Integer httpPort;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final StopSignal stopSignal;
    private final boolean terminal;

    public BonusbotCommand() {
        this(System.getenv(), StopSignal.jvmShutdown(), StandardErrorTerminal.isTerminal());
    }

    /** For tests: an environment of their own instead of the process's, and a stop they control; not a terminal. */
    BonusbotCommand(Map<String, String> environment, StopSignal stopSignal) {
        this(environment, stopSignal, false);
    }

    /** For tests that stand in for a terminal. */
    BonusbotCommand(Map<String, String> environment, StopSignal stopSignal, boolean terminal) {
        this.environment = environment;
        this.stopSignal = stopSignal;
        this.terminal = terminal;
    }

    /** Whether standard error is a terminal, where progress may redraw one line in place. */
    boolean terminal() {
        return terminal;
    }

    /** The environment chat tokens are read from: the process's, or a test's own. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Optional<SlackSettings> slack = Optional.empty();
        Optional<DiscordSettings> discord = Optional.empty();
        try {
            slack = SlackSettings.fromEnvironment(environment, httpPort);
        } catch (SlackSetupException e) {
            problems.addAll(e.problems());
        }
        try {
            discord = discordSettings();
        } catch (DiscordSetupException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("error: " + problem));
            err.println("Bonusbot will not start (" + problems.size() + " " + (problems.size() == 1 ? "problem" : "problems")
                    + "). README.md, \"Install in Slack\" and \"Install in Discord\", say which token goes where; with no SLACK_ or DISCORD_"
                    + " variable set it opens the console chat.");
            err.flush();
            return ExitCodes.INVALID_CONFIG;
        }
        if (slack.isPresent() || discord.isPresent()) {
            return new ChatRunner(slack, discord).withEnvironment(environment).run(store, err, stopSignal);
        }
        try (Application app = store.open()) {
            Person who = ChatCommand.chatter(app, person, store);
            // The console chat is one person's run: its first line is in their language, as everything after it.
            System.err.println(RunLanguage.of(app, who).get("cli.console.starting", Version.current(), store.address().describe(), store.config));
            return ChatCommand.chat(app, who, store, environment);
        }
    }

    /**
     * Discord's variables, with the servers of settings.yaml ({@code discord.guilds}); only read when
     * {@code DISCORD_TOKEN} is set, so that a configuration problem is reported as one, with the others.
     */
    private Optional<DiscordSettings> discordSettings() {
        String token = environment.get(DiscordSettings.TOKEN);
        if (token == null || token.isBlank()) {
            return DiscordSettings.fromEnvironment(environment, List.of());
        }
        return DiscordSettings.fromEnvironment(environment, ConfigLoader.load(store.config).discordGuilds());
    }
}
