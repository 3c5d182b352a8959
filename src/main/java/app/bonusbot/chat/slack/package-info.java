/**
 * The Slack platform on Bolt: {@code /bonus} answered through {@code chat}'s turn, the App Home tab, Block Kit
 * rendering, survey buttons and modals, weekly posts with their chart, people by member id or e-mail, and the one
 * Web API client ({@link app.bonusbot.chat.slack.SlackApi}). Its transports (Socket Mode, HTTP mode) are in {@code
 * transport}. Depends on {@code chat}, {@code chart} (survey result charts), the core, the store's chat identity
 * cache and Bolt; never on another platform.
 */
package app.bonusbot.chat.slack;
