/**
 * The SQLite store on Jdbi: migrations, the deal ledger with its history, people, targets, post claims, survey
 * answers, chat identities and the write turns that make writers wait instead of failing. Implements the core's
 * ports; depends on the core only.
 */
package app.bonusbot.store;
