package app.bonusbot.store;

import java.time.Duration;

/**
 * How long a writer waits for SQLite's write lock before it gives up.
 *
 * @param namedWriter while the lock is held by a writer that named itself in the writers table and is still alive (an
 *     import): long, since an import of a few hundred thousand rows holds it for tens of seconds and waiting is what
 *     the person asked for
 * @param unnamedWriter while it is held by something that did not say who it is (a {@code sqlite3} shell left in a
 *     transaction, an older Bonusbot): Bonusbot's own short writes take milliseconds, so minutes mean it is stuck
 */
record WritePatience(Duration namedWriter, Duration unnamedWriter) {

    static final WritePatience DEFAULT = new WritePatience(Duration.ofHours(1), Duration.ofMinutes(2));
}
