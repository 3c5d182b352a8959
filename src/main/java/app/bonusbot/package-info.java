/**
 * The entry point: {@link app.bonusbot.Main} starts the command line ({@code cli}). Nothing depends on this
 * package.
 */
package app.bonusbot;
