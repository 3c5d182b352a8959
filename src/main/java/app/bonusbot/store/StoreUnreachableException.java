package app.bonusbot.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * The store's server could not be reached (PostgreSQL stopped, restarting, or the network to it gone), even on a new
 * connection: nothing was read or written. The message is one line naming the store, never its password.
 */
public final class StoreUnreachableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** PostgreSQL ending sessions as it shuts down (57P01, 57P02) or turning them away while it starts (57P03). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    StoreUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the exception, however wrapped, is this one or a lost or refused connection: SQLSTATE class 08
     * (connection exception) or the server shutting down or starting. A connection kept from before then is dead, and
     * a new one is worth one more try; a person is told that the database cannot be reached just now.
     */
    public static boolean isUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnreachableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
