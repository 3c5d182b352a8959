package app.bonusbot.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The imports table. Rows are written inside the import's own transaction, so a failed import leaves no trace
 * and every row here stands for data that is in the database.
 */
public final class ImportLog {

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

    /** Ids come from the application so that the schema needs neither rowid nor identity columns. */
    static long begin(Handle h, ImportKind kind, String fileName, Instant startedAt) {
        long id = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM imports").mapTo(Long.class).one();
        h.createUpdate("INSERT INTO imports (id, kind, file_name, started_at) VALUES (:id, :kind, :fileName, :startedAt)")
                .bind("id", id)
                .bind("kind", kind.dbName())
                .bind("fileName", fileName)
                .bind("startedAt", startedAt.toString())
                .execute();
        return id;
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
