package app.bonusbot.store;

import java.util.List;

/**
 * A reopen refused because clawbacks or top-ups made for changes to the period are paid with periods that are closed by
 * now: their frozen statements include them, so they cannot be withdrawn. Nothing was written.
 */
public final class ReopenRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> closedPeriods;

    /** @param closedPeriods the keys of the closed periods that pay them, in order */
    public ReopenRefusedException(String periodKey, List<String> closedPeriods) {
        super(periodKey + " cannot be reopened: changes to it are paid with " + String.join(", ", closedPeriods) + ", which is closed");
        this.closedPeriods = List.copyOf(closedPeriods);
    }

    /** The keys of the closed periods to reopen first, in order. */
    public List<String> closedPeriods() {
        return closedPeriods;
    }
}
