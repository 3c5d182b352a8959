package app.bonusbot.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * A writer gave up waiting for another writer to finish with the database, and wrote nothing. The message is one line
 * a person can act on.
 */
public final class StoreBusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    StoreBusyException(String message) {
        super(message);
    }

    /**
     * True when the exception, however wrapped, is this one, SQLite's own "busy" or "locked" (another connection has
     * the lock) or PostgreSQL's "lock not available" (a lock timeout): what a person is told then is that the
     * database is busy, never the database's words or a stack trace.
     */
    public static boolean isBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreBusyException) {
                return true;
            }
            if (cause instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xFF;
                return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
            }
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    /** PostgreSQL's SQLSTATE when lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
}
