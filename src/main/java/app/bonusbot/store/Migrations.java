package app.bonusbot.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Brings a database up to the schema this build knows, one migration per transaction, each from the store's
 * dialect's own files. The migrations are listed here rather than discovered because a jar cannot list a resource
 * directory. Each applied migration is recorded in {@code schema_version} with its file's checksum; a recorded
 * checksum that no longer matches the file means a migration was edited after it shipped, and the database is not
 * opened. A database that is up to date is only read: opening it never waits for another process's write.
 */
final class Migrations {

    /** In order; add a new file at the end (for both dialects) and never edit one that has shipped. */
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
            Migration.fromFileName("V15__disputes.sql"),
            Migration.fromFileName("V16__once_in_the_store.sql"),
            Migration.fromFileName("V17__survey_sends.sql"),
            Migration.fromFileName("V18__pending_answers.sql"));

    private final Database db;
    private final Dialect dialect;

    Migrations(Database db) {
        this.db = db;
        this.dialect = db.dialect();
        // Versions rise; one may be missing while the migration of that number is still on another branch. It is applied
        // when it arrives, also on a database that already has a later one (each migration touches its own tables).
        for (int i = 1; i < ALL.size(); i++) {
            if (ALL.get(i).version() <= ALL.get(i - 1).version()) {
                throw new IllegalStateException("migration versions must rise: " + ALL.get(i).fileName() + " after " + ALL.get(i - 1).fileName());
            }
        }
    }

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    void migrate() {
        int current = db.jdbi().withHandle(h -> currentVersion(h, dialect));
        if (current > latestVersion()) {
            throw new StoreException("The database " + db.address().describe() + " has schema version " + current
                    + ", but this Bonusbot only knows versions up to " + latestVersion() + ". Run a newer Bonusbot, or point --db at another database.");
        }
        if (current > 0) {
            recordChecksumsOfOlderBonusbots();
            checkChecksums();
        }
        for (Migration migration : ALL) {
            if (migration.version() > current || !recorded(migration)) {
                apply(migration);
            }
        }
    }

    /** 0 for a new, empty database. */
    static int currentVersion(Handle h, Dialect dialect) {
        return dialect.tableExists(h, "schema_version") ? recordedVersion(h) : 0;
    }

    /** The version of a database that has been migrated at least once. */
    static int recordedVersion(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    }

    /**
     * A SQLite database from before checksums were kept records them once, from this build's files: from then on an
     * edit is noticed.
     */
    private void recordChecksumsOfOlderBonusbots() {
        boolean complete = db.jdbi().withHandle(h -> dialect.columnExists(h, "schema_version", "checksum")
                && h.createQuery("SELECT COUNT(*) FROM schema_version WHERE checksum IS NULL").mapTo(Integer.class).one() == 0);
        if (complete) {
            return;
        }
        db.useWrite(h -> {
            if (!dialect.columnExists(h, "schema_version", "checksum")) {
                h.execute("ALTER TABLE schema_version ADD COLUMN checksum TEXT");
            }
            for (Migration migration : ALL) {
                h.createUpdate("UPDATE schema_version SET checksum = :checksum WHERE version = :version AND checksum IS NULL")
                        .bind("checksum", migration.checksum(dialect))
                        .bind("version", migration.version())
                        .execute();
            }
        });
    }

    private void checkChecksums() {
        db.jdbi().useHandle(h -> checkChecksums(h, dialect, db.address().describe()));
    }

    /**
     * Throws when a migration this build has was applied to the database from a different file; only reads, so it also
     * checks a database opened read-only ({@link StoreMove}).
     *
     * @param database how the database is named in the message
     */
    static void checkChecksums(Handle h, Dialect dialect, String database) {
        Map<Integer, String> recorded = new HashMap<>();
        h.createQuery("SELECT version, checksum FROM schema_version")
                .map((rs, ctx) -> Map.entry(rs.getInt("version"), rs.getString("checksum")))
                .forEach(e -> recorded.put(e.getKey(), e.getValue()));
        for (Migration migration : ALL) {
            String was = recorded.get(migration.version());
            String now = migration.checksum(dialect);
            if (was != null && !was.equals(now)) {
                throw new StoreException("The migration " + migration.resource(dialect) + " was edited after it was applied to the database "
                        + database + " (checksum " + abbreviated(was) + " then, " + abbreviated(now)
                        + " now). A shipped migration must stay as it was: put the change into a new migration.");
            }
        }
    }

    private static String abbreviated(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }

    private boolean recorded(Migration migration) {
        return db.jdbi().withHandle(h -> isRecorded(h, migration));
    }

    private boolean isRecorded(Handle h, Migration migration) {
        return currentVersion(h, dialect) > 0
                && h.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = :version").bind("version", migration.version()).mapTo(Integer.class).one() > 0;
    }

    private void apply(Migration migration) {
        String sql = migration.sql(dialect);
        db.useWrite(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL,"
                    + " checksum TEXT)");
            // Another process may have applied it since we looked; the transaction holds the write lock now.
            if (isRecorded(h, migration)) {
                return;
            }
            h.createScript(sql).execute();
            h.createUpdate("INSERT INTO schema_version (version, description, applied_at, checksum) VALUES (:version, :description, :appliedAt, :checksum)")
                    .bind("version", migration.version())
                    .bind("description", migration.description())
                    .bind("appliedAt", db.clock().instant().toString())
                    .bind("checksum", migration.checksum(dialect))
                    .execute();
        });
    }
}
