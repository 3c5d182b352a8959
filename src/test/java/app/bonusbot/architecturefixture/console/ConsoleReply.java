package app.bonusbot.architecturefixture.console;

/** A platform class that keeps to itself. */
public record ConsoleReply(String text) {}
