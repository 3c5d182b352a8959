package app.bonusbot.cli;

import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true, description = "Work with bot-config/.", subcommands = ConfigCheckCommand.class)
final class ConfigCommand {
}
