package app.bonusbot.architecturefixture.discord;

/** A platform class that keeps to itself. */
public record DiscordReply(String text) {}
