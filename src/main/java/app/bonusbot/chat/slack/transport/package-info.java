/**
 * How Slack's requests reach the Bolt app of {@code app.bonusbot.chat.slack}: Socket Mode ({@link
 * app.bonusbot.chat.slack.transport.SlackSocketMode}: a WebSocket the bot opens, with its own reconnecting and give-up
 * time) or HTTP mode ({@link app.bonusbot.chat.slack.transport.SlackHttpServer}: signed requests Slack posts). Both start
 * with the same {@code auth.test} preflight and report what stops them as a {@link
 * app.bonusbot.chat.slack.transport.SlackStartException} whose kind picks the exit code.
 */
package app.bonusbot.chat.slack.transport;
