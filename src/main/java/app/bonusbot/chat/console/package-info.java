/**
 * The console chat platform: a person types {@code /bonus ...} in the terminal, answers are rendered as plain text,
 * posts and surveys are printed. Only transport and rendering; the turn is {@code chat}'s. Depends on {@code chat},
 * {@code chart} and the core.
 */
package app.bonusbot.chat.console;
