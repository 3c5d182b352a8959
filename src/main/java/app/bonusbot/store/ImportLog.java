package app.bonusbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The imports table. Rows are written inside the import's own transaction, so a failed import leaves no trace
 * and every row here stands for data that is in the database.
 */
public final class ImportLog {

    /** An import's writes inside its transaction, after its row in the imports table is written. */
    @FunctionalInterface
    interface ImportWork {
        UpsertCounts write(Handle h, long importId, Instant now);
    }

    private final Database db;

    public ImportLog(Database db) {
        this.db = db;
    }

    /** The most recent imports first. */
    public List<ImportRecord> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id, kind, file_name, started_at, finished_at, inserted, updated, unchanged, rejected
                        FROM imports ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new ImportRecord(rs.getLong("id"), ImportKind.fromDbName(rs.getString("kind")), rs.getString("file_name"),
                        Instant.parse(rs.getString("started_at")), rs.getString("finished_at") == null ? null : Instant.parse(rs.getString("finished_at")),
                        rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected")))
                .list());
    }

    /**
     * Runs one import: all of it in one write transaction with its row in the imports table, or nothing. It waits
     * for another writer to finish, named to those waiting for it. What it returns or throws is what happened: when
     * the commit reports an error, the import's row (found by a token chosen before the transaction) says whether its
     * rows are in after all.
     *
     * @throws StoreBusyException when it gave up waiting, with nothing written
     * @throws StoreException naming the file and saying nothing of it was imported, when the write failed
     */
    static UpsertCounts record(Database db, ImportKind kind, String fileName, ImportWork work) {
        return record(db, kind, fileName, work, true);
    }

    /**
     * @param audited whether the import is one entry of the audit log ({@code import}, by {@code import}: the file,
     *     the kind and the counts); a page of the CRM sync is not, its pass is (see {@link CrmSyncStore#recordPass})
     */
    static UpsertCounts record(Database db, ImportKind kind, String fileName, ImportWork work, boolean audited) {
        String token = UUID.randomUUID().toString();
        try {
            return db.writeNamed("import of " + kind.dbName() + " from " + fileName, h -> {
                Instant now = db.clock().instant();
                long importId = begin(h, kind, fileName, now, token);
                UpsertCounts counts = work.write(h, importId, now);
                finish(h, importId, counts.inserted(), counts.updated(), counts.unchanged(), now);
                if (audited) {
                    AuditLog.append(h, AuditEntry.of(now, "import", "import").subject(fileName).detail(kind.dbName() + ": " + counts.inserted()
                            + " new, " + counts.updated() + " changed, " + counts.unchanged() + " unchanged (import #" + importId + ")"));
                }
                DataVersion.bump(h);
                return counts;
            }, h -> exists(h, token));
        } catch (StoreBusyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(fileName + ": nothing imported, " + firstLine(WriteTurns.reason(e)), e);
        }
    }

    /** "the database … did not take the write: …", or SQLite's words for what failed. */
    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        if (line.startsWith("The database ")) {
            return "t" + line.substring(1);
        }
        return "the write failed: " + line.toLowerCase(Locale.ROOT);
    }

    /** Ids come from the application so that the schema needs neither rowid nor identity columns. */
    static long begin(Handle h, ImportKind kind, String fileName, Instant startedAt, String token) {
        long id = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM imports").mapTo(Long.class).one();
        h.createUpdate("INSERT INTO imports (id, kind, file_name, started_at, token) VALUES (:id, :kind, :fileName, :startedAt, :token)")
                .bind("id", id)
                .bind("kind", kind.dbName())
                .bind("fileName", fileName)
                .bind("startedAt", startedAt.toString())
                .bind("token", token)
                .execute();
        return id;
    }

    private static boolean exists(Handle h, String token) {
        return h.createQuery("SELECT COUNT(*) FROM imports WHERE token = :token").bind("token", token).mapTo(Integer.class).one() > 0;
    }

    static void finish(Handle h, long id, int inserted, int updated, int unchanged, Instant finishedAt) {
        h.createUpdate("""
                        UPDATE imports SET finished_at = :finishedAt, inserted = :inserted, updated = :updated, unchanged = :unchanged
                        WHERE id = :id""")
                .bind("id", id)
                .bind("finishedAt", finishedAt.toString())
                .bind("inserted", inserted)
                .bind("updated", updated)
                .bind("unchanged", unchanged)
                .execute();
    }
}
