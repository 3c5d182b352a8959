package app.bonusbot.chat.discord;

/** A USER option's value (type 6) for {@link FakeDiscord#slashCommand}; the interaction carries the user as resolved. */
public record UserOption(String userId) {}
