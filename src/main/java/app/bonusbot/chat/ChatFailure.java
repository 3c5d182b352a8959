package app.bonusbot.chat;

import app.bonusbot.store.StoreBusyException;

/**
 * What a chat answer says when working it out failed: that the database is busy with another writer (an import), for
 * a moment, or that something went wrong. Never SQLite's words or a stack trace.
 */
public final class ChatFailure {

    private ChatFailure() {}

    /** The text key for the failure: {@code chat.store_busy} or {@code chat.error}. */
    public static String textKey(RuntimeException e) {
        return isBusy(e) ? "chat.store_busy" : "chat.error";
    }

    /** A busy database is expected while an import runs: worth one log line, not a stack trace. */
    public static boolean isBusy(RuntimeException e) {
        return StoreBusyException.isBusy(e);
    }
}
