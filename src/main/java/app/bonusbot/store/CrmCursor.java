package app.bonusbot.store;

/**
 * Where a CRM sync goes on from: written with the page of deals it follows, in the same transaction.
 *
 * @param full true while a read of every deal is under way
 * @param fullAfter full: the paging token of the next page; null for the first
 * @param fullAnchorMs full: the modified time the incremental passes start from once the full read is done
 * @param modifiedMs incremental: the last modified time applied (epoch milliseconds)
 * @param lastId incremental: the greatest deal id applied at exactly {@code modifiedMs}; null when none
 */
public record CrmCursor(boolean full, String fullAfter, long fullAnchorMs, long modifiedMs, String lastId) {

    /** A full read from its first page. */
    public static CrmCursor startFull() {
        return new CrmCursor(true, null, Long.MAX_VALUE, 0, null);
    }

    /** Incremental passes from this modified time on, taking every deal modified at it whose id is above {@code lastId}. */
    public static CrmCursor incremental(long modifiedMs, String lastId) {
        return new CrmCursor(false, null, 0, modifiedMs, lastId);
    }

    /** How `bonusbot sync status` shows it. */
    public String describe() {
        if (full) {
            return "full read under way, " + (fullAfter == null ? "at its first page" : "next page after " + fullAfter);
        }
        return "changes after " + java.time.Instant.ofEpochMilli(modifiedMs) + (lastId == null ? "" : " (deal " + lastId + " and lower at that time done)");
    }
}
