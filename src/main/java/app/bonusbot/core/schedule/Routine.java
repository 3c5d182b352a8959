package app.bonusbot.core.schedule;

import java.time.ZonedDateTime;

/**
 * A timed job. The scheduler calls {@link #run} with the occurrence that is due (on start, the latest one missed);
 * the routine makes each occurrence happen exactly once itself, e.g. by claiming it in the store, so that a restart
 * or a second bot process on the same database never repeats it.
 */
public interface Routine {

    /** A stable name, for logs and for claims in the store. */
    String name();

    Schedule schedule();

    void run(ZonedDateTime occurrence);
}
