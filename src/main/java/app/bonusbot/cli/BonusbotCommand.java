package app.bonusbot.cli;

import app.bonusbot.Application;
import app.bonusbot.slack.SlackSettings;
import app.bonusbot.slack.SlackSetupException;
import java.io.IOException;
import java.io.PrintWriter;
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
 * Mode, or HTTP mode with {@code --http PORT}) until stopped; with none, the console chat.
 */
@Command(name = "bonusbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Self-hosted bonus chat bot for B2B sales teams.",
        subcommands = {StatusCommand.class, ExplainCommand.class, WhatIfCommand.class, TeamCommand.class, ImportCommand.class,
            ConfigCommand.class, ChatCommand.class, BenchCommand.class, AnnounceCommand.class, SurveyCommand.class})
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

    public BonusbotCommand() {
        this(System.getenv(), StopSignal.jvmShutdown());
    }

    /** For tests: an environment of their own instead of the process's, and a stop they control. */
    BonusbotCommand(Map<String, String> environment, StopSignal stopSignal) {
        this.environment = environment;
        this.stopSignal = stopSignal;
    }

    /** The environment chat tokens are read from: the process's, or a test's own. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SlackSettings> slack;
        try {
            slack = SlackSettings.fromEnvironment(environment, httpPort);
        } catch (SlackSetupException e) {
            e.problems().forEach(problem -> err.println("error: " + problem));
            err.println("Bonusbot will not start in Slack (" + e.problems().size() + " " + (e.problems().size() == 1 ? "problem" : "problems")
                    + "). README.md, \"Install in Slack\", says which token goes where; with no SLACK_ variable set it opens the console chat.");
            err.flush();
            return ExitCodes.INVALID_CONFIG;
        }
        if (slack.isPresent()) {
            return SlackRunner.run(slack.get(), store, err, stopSignal);
        }
        try (Application app = Application.open(store.config, store.db, store::clock)) {
            System.err.println("Bonusbot " + Version.current() + " · no Slack variables set (SLACK_BOT_TOKEN, SLACK_APP_TOKEN): starting the console chat on "
                    + store.db + " with " + store.config);
            return ChatCommand.chat(app, person, store);
        }
    }
}
