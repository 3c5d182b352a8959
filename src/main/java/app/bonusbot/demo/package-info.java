/**
 * The demo company's deals, laid out around the day a new database is created so the current quarter is always
 * running, and its survey rounds before that day, answered the way people answer. Depends on the core.
 */
package app.bonusbot.demo;
