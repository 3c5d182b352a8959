/**
 * The {@code bonusbot} command line on picocli: the chat runner, status, explain, whatif, team, import, config
 * check, announce, survey, bench, migrate-store. Turns problems into one line and an exit code ({@link
 * app.bonusbot.cli.ExitCodes}). May depend on every other package but the root.
 */
package app.bonusbot.cli;
