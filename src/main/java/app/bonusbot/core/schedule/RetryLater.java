package app.bonusbot.core.schedule;

/**
 * Thrown by a {@link Routine} that cannot settle an occurrence now and is not failing either, e.g. because another
 * bot process holds the occurrence's claim. The scheduler offers the occurrence again shortly, without logging an
 * error.
 */
public final class RetryLater extends RuntimeException {

    public RetryLater(String reason) {
        super(reason, null, false, false);
    }
}
