package app.bonusbot.architecturefixture.slack;

import app.bonusbot.architecturefixture.discord.DiscordReply;

/** A platform class borrowing another platform's. */
public record SlackReply(DiscordReply borrowed) {}
