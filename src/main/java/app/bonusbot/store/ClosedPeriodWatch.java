package app.bonusbot.store;

import app.bonusbot.core.time.FiscalYear;
import org.slf4j.LoggerFactory;

/**
 * What a write of deals needs to know about closed periods: how to read their keys, and what to run once the write
 * has committed a change to one of them (see {@link Database#watchClosedPeriods}).
 *
 * @param fiscalYear null when nothing is watched
 */
record ClosedPeriodWatch(FiscalYear fiscalYear, Runnable recheck) {

    static final ClosedPeriodWatch OFF = new ClosedPeriodWatch(null, () -> { });

    /** Inside a deal write: the closed periods now, one cheap read; none when nothing is watched. */
    ClosedSpans spans(org.jdbi.v3.core.Handle h) {
        return fiscalYear == null ? ClosedSpans.NONE : ClosedSpans.read(h, fiscalYear);
    }

    /** After a deal write has committed: runs the recheck when it recorded a change to a closed period. */
    void afterWrite(boolean recorded) {
        if (!recorded) {
            return;
        }
        try {
            recheck.run();
        } catch (RuntimeException e) {
            // The write stands; its rechecks stay recorded and are done at the next write or start.
            LoggerFactory.getLogger(ClosedPeriodWatch.class).warn("changes after close not rechecked yet: {}", e.getMessage());
        }
    }
}
