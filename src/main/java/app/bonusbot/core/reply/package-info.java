/**
 * The neutral reply every platform renders: header, blocks of fields, progress bars and small print. Pure.
 */
package app.bonusbot.core.reply;
