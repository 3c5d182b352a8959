/**
 * The demo company's deals, laid out around the day a new database is created so the current quarter is always
 * running. Depends on the core.
 */
package app.bonusbot.demo;
