/** Matching what people type against what the bot knows: nearest names for "did you mean" hints. */
package app.bonusbot.core.text;
