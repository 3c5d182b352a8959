package app.bonusbot.chat;

import java.time.Duration;
import java.time.Instant;

/**
 * The memory of deliveries that every bot process on one store shares (the store's, wired by the bot), so that a
 * platform's retry or replay reaching another process than the original is still had once. {@link RecentIds} asks it
 * about every delivery it has not seen itself.
 */
public interface SharedDeliveries {

    /** What the shared memory said. */
    enum Verdict {
        /** Nobody had it: act on it. */
        FIRST,
        /** Another delivery of it was had (by any process): acknowledge only. */
        REPEAT,
        /** The store could not answer in time (SQLite's write lock is held by an import): the process decides alone. */
        UNDECIDED
    }

    /** For a process alone with its deliveries (a test of one platform, the console): the process decides. */
    SharedDeliveries THIS_PROCESS_ONLY = new SharedDeliveries() {
        @Override
        public Verdict claim(String platform, String kind, String id, Instant keepUntil) {
            return Verdict.UNDECIDED;
        }

        @Override
        public Verdict claimFor(String platform, String kind, String id, Duration keepFor) {
            return Verdict.UNDECIDED;
        }

        @Override
        public void forget(String platform, String kind, String id) {}
    };

    /** Claims a delivery until {@code keepUntil}; after that the same id is a new delivery. */
    Verdict claim(String platform, String kind, String id, Instant keepUntil);

    /**
     * Claims a delivery for {@code keepFor} from now by the store's clock: for a window measured from the platform's own
     * timestamp (a request signature's 5 minutes), which a pinned business date must not stretch or cut.
     */
    Verdict claimFor(String platform, String kind, String id, Duration keepFor);

    /** Forgets a claim whose delivery turned out not to be one (its request was refused). */
    void forget(String platform, String kind, String id);
}
