package app.bonusbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A PostgreSQL server of one test's own, which the test may stop, start and restart as an administrator would, without
 * disturbing the other tests' shared server ({@link TestPostgres}). Made with {@code initdb} from the same binaries;
 * skipped without them, except under {@code CI=true}. Close it to remove it.
 */
public final class OwnPostgres implements AutoCloseable {

    private final TestPostgres.Cluster cluster;

    private OwnPostgres(TestPostgres.Cluster cluster) {
        this.cluster = cluster;
    }

    /** A new cluster, started. */
    public static OwnPostgres start() {
        Optional<Path> bin;
        try {
            bin = TestPostgres.binaries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bin.isEmpty()) {
            TestPostgres.missing("no initdb and pg_ctl for a PostgreSQL of the test's own (install Debian's postgresql package, or set "
                    + TestPostgres.BIN_ENV + ")");
        }
        try {
            TestPostgres.Cluster cluster = TestPostgres.Cluster.create(bin.get());
            cluster.startServer();
            return new OwnPostgres(cluster);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's {@code postgres} database, where Bonusbot makes its tables in the public schema. */
    public StoreAddress.Postgres address() {
        return new StoreAddress.Postgres(cluster.url(), Optional.empty());
    }

    /** Stops the server (fast: every open session is ended), keeping its data; waits until it has stopped. */
    public void stop() {
        try {
            cluster.stopServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the stopped server again on the same port; waits until it takes connections. */
    public void startAgain() {
        try {
            cluster.startServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops and starts the server: every connection open before is dead afterwards. */
    public void restart() {
        stop();
        startAgain();
    }

    @Override
    public void close() {
        cluster.remove();
    }
}
