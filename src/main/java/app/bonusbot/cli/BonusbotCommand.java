package app.bonusbot.cli;

import app.bonusbot.Application;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bonusbot}: without a sub-command it starts the bot; with no chat platform configured, the console chat. */
@Command(name = "bonusbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Self-hosted bonus chat bot for B2B sales teams.",
        subcommands = {StatusCommand.class, ExplainCommand.class, WhatIfCommand.class, TeamCommand.class, ImportCommand.class,
            ConfigCommand.class, ChatCommand.class, BenchCommand.class})
public final class BonusbotCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--person", paramLabel = "ID", description = "Console chat: chat as this person (default: the demo seller).")
    String person;

    @Override
    public Integer call() throws IOException {
        try (Application app = Application.open(store.config, store.db, store::clock)) {
            System.err.println("Bonusbot " + Version.current() + " · no SLACK_BOT_TOKEN or DISCORD_TOKEN set: starting the console chat on "
                    + store.db + " with " + store.config);
            return ChatCommand.chat(app, person, store);
        }
    }
}
