package app.bonusbot.store;

import app.bonusbot.core.time.Period;
import java.util.Set;
import java.util.HashSet;
import org.jdbi.v3.core.Handle;

/**
 * Which periods are open to take money: every period not closed now (period_closes, state {@code closed}; a reopened
 * period is open again). An adjustment is always paid with an open period.
 */
public final class OpenPeriods {

    private final Database db;

    public OpenPeriods(Database db) {
        this.db = db;
    }

    /** The period itself when it is open, else the first open one after it of the same kind. */
    public Period firstOpen(Period from) {
        return db.jdbi().withHandle(h -> firstOpen(h, from));
    }

    /** As {@link #firstOpen(Period)}, inside the caller's transaction, so a close cannot slip in between. */
    static Period firstOpen(Handle h, Period from) {
        Set<String> closed = new HashSet<>(h.createQuery("SELECT period_key FROM period_closes WHERE state = 'closed'").mapTo(String.class).list());
        Period p = from;
        while (closed.contains(p.key())) {
            p = p.next();
        }
        return p;
    }
}
