package app.bonusbot.store;

/** A close of a period closed already, or a reopen of one that is not closed: nothing was written. */
public final class PeriodStateException extends StoreException {

    public PeriodStateException(String message) {
        super(message);
    }
}
