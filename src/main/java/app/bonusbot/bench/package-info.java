/**
 * {@code bonusbot bench}: builds a synthetic company on the real stack in a scratch directory (a configuration, or
 * a copy of it with generated teams, a new SQLite file or new schemas in a PostgreSQL database ({@link
 * app.bonusbot.bench.BenchStore}), the real people and deal imports of generated CSV files) and measures what a user
 * waits for, each figure beside its raw floor measured in the same run on the same store: the answers in process
 * ({@link app.bonusbot.bench.RawQueries} holds their floors), HTTP mode against the bot's real Slack server with a
 * loopback Slack ({@link app.bonusbot.bench.HttpLoad}), the weekly digest, the deal import
 * ({@link app.bonusbot.bench.ImportFloor}), start-up, the HubSpot sync from a loopback HubSpot
 * ({@link app.bonusbot.bench.SyncRun}) and memory. {@link app.bonusbot.bench.FloorTable} prints them.
 * It measures only: nothing here changes how the bot answers. May use {@code bot}, the HubSpot sync
 * ({@code crm.hubspot}), the store, the imports and the core; nothing but {@code cli} uses it.
 */
package app.bonusbot.bench;
