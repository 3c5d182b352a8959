package app.bonusbot.store;

import org.jdbi.v3.core.Handle;

/**
 * The count of writes to people, teams, targets and deals ({@code data_version} in store_meta), bumped in the same
 * transaction as each such write, by any process. A process that holds the company in memory reads this one value
 * before an answer and reloads only when it changed; the tallies it answers from are kept in the deals' own
 * transactions, so they need no version.
 *
 * <p>Not SQLite's {@code PRAGMA data_version}: that changes with any commit by another connection (a survey answer, a
 * post claim, the chat identity cache) and counts per connection, while this one changes only with the company.
 */
final class DataVersion {

    private DataVersion() {}

    static void bump(Handle h) {
        h.createUpdate("""
                        INSERT INTO store_meta (key, value) VALUES (:key, '1')
                        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(store_meta.value AS BIGINT) + 1 AS TEXT)""")
                .bind("key", StoreMeta.DATA_VERSION)
                .execute();
    }

    /**
     * As of the last commit by any process; the cheap read an answer makes before it uses its snapshot. Inside an
     * answer ({@link Database#readAsOne}) as of that answer's state, read once for the whole answer.
     */
    static long read(Database db) {
        AnswerScope answer = db.answering();
        if (answer != null) {
            return answer.dataVersion();
        }
        return db.readOne("SELECT value FROM store_meta WHERE key = ?", s -> s.setString(1, StoreMeta.DATA_VERSION), row -> row.getString(1))
                .map(Long::parseLong)
                .orElse(0L);
    }

    static long read(Handle h) {
        return StoreMeta.get(h, StoreMeta.DATA_VERSION).map(Long::parseLong).orElse(0L);
    }
}
