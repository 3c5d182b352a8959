/**
 * The bot put together. {@link app.bonusbot.bot.Application} opens the configuration, the store and the engine and
 * builds the long-lived services once; {@link app.bonusbot.bot.BotProcess} is the composition root of the long-
 * running process: it connects the chat platforms ({@link app.bonusbot.bot.Platforms}) and runs the weekly posts
 * and survey rounds on the {@link app.bonusbot.bot.Scheduler}. It may depend on every adapter and the core; only
 * {@code cli} and {@code bench} depend on it.
 */
package app.bonusbot.bot;
