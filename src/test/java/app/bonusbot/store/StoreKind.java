package app.bonusbot.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The two stores the store tests run on ({@link OnBothStores}). */
public enum StoreKind {

    /** A file in the test's temporary directory. */
    SQLITE {
        @Override
        public StoreAddress address(Path dir) {
            return new StoreAddress.SqliteFile(dir.resolve("bonusbot.db"));
        }
    },

    /** A fresh schema on the test run's real PostgreSQL server ({@link TestPostgres}). */
    POSTGRESQL {
        @Override
        public StoreAddress address(Path dir) {
            synchronized (HANDED_OUT) {
                return HANDED_OUT.computeIfAbsent(dir, d -> TestPostgres.freshSchema());
            }
        }
    };

    private static final Map<Path, StoreAddress.Postgres> HANDED_OUT = new LinkedHashMap<>();

    /**
     * The test's store: the same one for the same directory, so that a test can open it twice (a second process), and
     * a new empty one for another directory.
     */
    public abstract StoreAddress address(Path dir);

    /** Drops the PostgreSQL schemas handed out so far, with any connection left open on them. */
    public static void dropHandedOut() {
        synchronized (HANDED_OUT) {
            HANDED_OUT.values().forEach(TestPostgres::drop);
            HANDED_OUT.clear();
        }
    }

    /** After each test, its PostgreSQL schemas go, with any connection a test left open. */
    public static final class Cleanup implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            dropHandedOut();
        }
    }
}
