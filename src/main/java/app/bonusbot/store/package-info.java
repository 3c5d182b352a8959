/**
 * The SQLite file behind the bot: migrations, the directory and deal ledger, imports, surveys, posts, and the read
 * model an answer uses. Reads run on connections kept open ({@code ReadConnections}); writes wait their turn for
 * SQLite's one write lock ({@code WriteTurns}). Every write to people, teams, targets or deals bumps the data version
 * in its own transaction ({@code DataVersion}), which {@link app.bonusbot.store.CompanySnapshots} checks before
 * handing out the company it holds in memory; every write to deals keeps the owners' monthly tallies
 * ({@code DealTallies}) in the same transaction, which {@link app.bonusbot.store.DealLedger} sums.
 * Implements the core's ports; depends on the core only.
 */
package app.bonusbot.store;
