package app.bonusbot.chat;

import app.bonusbot.store.StoreBusyException;
import app.bonusbot.store.StoreUnreachableException;
import org.slf4j.Logger;

/**
 * What a chat answer says when working it out failed: that the database is busy with another writer (an import), for
 * a moment, that it cannot be reached just now (a PostgreSQL server stopped or restarting), or that something went
 * wrong. Never the database's words or a stack trace.
 */
public final class ChatFailure {

    private ChatFailure() {}

    /** The text key for the failure: {@code chat.store_busy}, {@code chat.store_unavailable} or {@code chat.error}. */
    public static String textKey(RuntimeException e) {
        return isBusy(e) ? "chat.store_busy" : StoreUnreachableException.isUnreachable(e) ? "chat.store_unavailable" : "chat.error";
    }

    /** A busy database is expected while an import runs: worth one log line, not a stack trace. */
    public static boolean isBusy(RuntimeException e) {
        return StoreBusyException.isBusy(e);
    }

    /**
     * One WARN line for a busy database (expected during an import) or one that cannot be reached (its server is down:
     * the operator sees that elsewhere), an ERROR with its stack trace for anything else.
     */
    public static void log(Logger log, String what, RuntimeException e) {
        if (isBusy(e)) {
            log.warn("{}: the database stayed busy with another writer ({}); asked to try again", what, e.getMessage());
        } else if (StoreUnreachableException.isUnreachable(e)) {
            log.warn("{}: the database cannot be reached ({}); asked to try again", what, e.getMessage());
        } else {
            log.error("{} failed", what, e);
        }
    }
}
