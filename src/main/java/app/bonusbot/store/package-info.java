/**
 * The store behind the bot, a SQLite file or a PostgreSQL database ({@link app.bonusbot.store.StoreAddress}):
 * migrations (per {@link app.bonusbot.store.Dialect}, checksummed), the directory and deal ledger, imports, surveys,
 * posts, and the read model an answer uses. The stores' SQL is what both databases accept; the few differences live
 * in {@code Dialect} and in the two write locks. Reads run on connections kept open ({@code ReadConnections}); writes
 * wait their turn for the store's one write lock ({@code WriteTurns}: SQLite's, or an advisory lock on PostgreSQL). Every write to people, teams, targets or deals bumps the data version
 * in its own transaction ({@code DataVersion}), which {@link app.bonusbot.store.CompanySnapshots} checks before
 * handing out the company it holds in memory; every write to deals keeps the owners' monthly tallies
 * ({@code DealTallies}) in the same transaction, which {@link app.bonusbot.store.DealLedger} sums.
 * What several processes on the store must do once is decided here by a key: deliveries ({@link app.bonusbot.store.DeliveriesSeen}),
 * weekly post claims per team, platform and week ({@link app.bonusbot.store.PostLedger}) and leases ({@link app.bonusbot.store.Leases}),
 * and the answers owed for acknowledged commands, taken over once when their process dies ({@link app.bonusbot.store.PendingAnswers}).
 * {@link app.bonusbot.store.StoreMove} copies a SQLite store into an empty PostgreSQL one, read-only on the source, in one
 * transaction with every table's rows and checksum compared.
 * Implements the core's ports; depends on the core only.
 */
package app.bonusbot.store;
