/**
 * Reads and checks bot-config/ (settings, people, plans, targets, posts, surveys) into core values, reporting every
 * problem as {@code file:line path: message}. Depends on the core and the import mapping types.
 */
package app.bonusbot.config;
