/**
 * {@code bonusbot bench}: generates a company of a given size, measures answers, imports and posts on it, and sets
 * each figure beside its raw floor measured in the same run. May use {@code bot}, the store, the imports and the
 * core; nothing but {@code cli} uses it.
 */
package app.bonusbot.bench;
