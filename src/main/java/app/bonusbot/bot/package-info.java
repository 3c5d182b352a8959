/**
 * The long-running Bonusbot process put together: {@link app.bonusbot.bot.BotProcess} builds the shared services once
 * on an {@link app.bonusbot.Application}, connects the chat platforms ({@link app.bonusbot.bot.Platforms}) and runs the
 * weekly posts and survey rounds on the {@link app.bonusbot.bot.Scheduler}. It may depend on every other package; none
 * but {@code cli} and {@code bench} (which runs the bot's Slack HTTP mode under load) depends on it.
 */
package app.bonusbot.bot;
