package app.bonusbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Brings a database up to the schema this build knows, one migration per transaction. The migrations are listed
 * here rather than discovered because a jar cannot list a resource directory. A database that is up to date is only
 * read: opening it never waits for another process's write.
 */
final class Migrations {

    /** In order; add a new file at the end and never edit one that has shipped. */
    static final List<Migration> ALL = List.of(
            Migration.fromFileName("V1__ledger.sql"),
            Migration.fromFileName("V2__surveys.sql"),
            Migration.fromFileName("V3__posts.sql"),
            Migration.fromFileName("V4__writers.sql"),
            Migration.fromFileName("V5__read_model.sql"),
            Migration.fromFileName("V6__currencies.sql"),
            Migration.fromFileName("V7__crm_sync.sql"),
            Migration.fromFileName("V8__tallies_without_rowid.sql"),
            Migration.fromFileName("V9__closed_deals_index.sql"),
            Migration.fromFileName("V10__audit_log.sql"),
            Migration.fromFileName("V11__period_closes.sql"),
            Migration.fromFileName("V12__enrolments.sql"),
            Migration.fromFileName("V13__approvals.sql"),
            Migration.fromFileName("V14__adjustments.sql"),
            Migration.fromFileName("V15__disputes.sql"));

    private final Database db;

    Migrations(Database db) {
        this.db = db;
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).version() != i + 1) {
                throw new IllegalStateException("migration versions must run 1, 2, 3, ...: " + ALL.get(i).resource());
            }
        }
    }

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    void migrate() {
        int current = db.jdbi().withHandle(Migrations::currentVersion);
        if (current > latestVersion()) {
            throw new StoreException("The database " + db.file() + " has schema version " + current + ", but this Bonusbot only knows versions up to "
                    + latestVersion() + ". Run a newer Bonusbot, or point --db at another file.");
        }
        for (Migration migration : ALL) {
            if (migration.version() > current) {
                apply(migration);
            }
        }
    }

    /** 0 for a new, empty file. */
    static int currentVersion(Handle h) {
        boolean exists = h.createQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").mapTo(Integer.class).one() > 0;
        return exists ? recordedVersion(h) : 0;
    }

    /** The version of a database that has been migrated at least once. */
    static int recordedVersion(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    }

    private void apply(Migration migration) {
        String sql = read(migration.resource());
        db.useWrite(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            // Another process may have applied it since we looked; the transaction holds the write lock now.
            if (currentVersion(h) >= migration.version()) {
                return;
            }
            h.createScript(sql).execute();
            h.createUpdate("INSERT INTO schema_version (version, description, applied_at) VALUES (:version, :description, :appliedAt)")
                    .bind("version", migration.version())
                    .bind("description", migration.description())
                    .bind("appliedAt", db.clock().instant().toString())
                    .execute();
        });
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
    }
}
