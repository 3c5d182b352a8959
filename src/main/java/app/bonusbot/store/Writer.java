package app.bonusbot.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A process writing to the database for long, as it names itself in the writers table for those who wait.
 *
 * @param what what it is doing, e.g. {@code import of deals from big.csv}
 * @param startedAt the real instant it named itself (never a {@code --today} clock)
 */
record Writer(String token, String what, long pid, String host, Instant startedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static String thisHost;

    static Writer thisProcess(String what, Instant now) {
        return new Writer(UUID.randomUUID().toString(), what, ProcessHandle.current().pid(), thisHost(), now);
    }

    /** Looked up once: on a machine with a misconfigured resolver it can take a moment. */
    static synchronized String thisHost() {
        if (thisHost == null) {
            try {
                thisHost = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                thisHost = "an unnamed host";
            }
        }
        return thisHost;
    }

    /**
     * A row whose process is gone (killed, or its machine restarted) names nobody. On this host that is known: the
     * process has ended, or its id now belongs to a process started after the row was written. Of another host only
     * the age is known, so a row older than the longest wait counts as gone.
     */
    boolean isStale(Instant now, Duration longestWait) {
        if (!host.equals(thisHost())) {
            return startedAt.plus(longestWait).isBefore(now);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        return process.get().info().startInstant().map(start -> start.isAfter(startedAt)).orElse(false);
    }

    /** E.g. {@code import of deals from big.csv, started 09:01:02 by process 4711 on host build-7}. */
    String describe(ZoneId zone) {
        return what + ", started " + TIME.format(startedAt.atZone(zone)) + " by process " + pid + " on host " + host;
    }
}
