/**
 * The {@code /bonus} command model: one catalogue of sub-commands and options ({@link
 * app.bonusbot.core.command.SubCommand}), the typed-text parser and the structured options derived from it,
 * suggestions, and {@link app.bonusbot.core.command.CommandHandler}, which answers a command with a neutral reply.
 * Pure: depends on the rest of the core only.
 */
package app.bonusbot.core.command;
