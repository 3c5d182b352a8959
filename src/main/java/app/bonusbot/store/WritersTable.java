package app.bonusbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The writers table (see V4__writers.sql): who is writing for long, for those who wait to say whom for. */
final class WritersTable {

    private WritersTable() {}

    /** Names the writer, and clears rows of writers that are gone while it holds the lock anyway. */
    static void add(Handle h, Writer writer, Instant now, Duration longestWait) {
        for (Writer other : h.createQuery("SELECT token, what, pid, host, started_at FROM writers").map(WritersTable::writer).list()) {
            if (other.isStale(now, longestWait)) {
                remove(h, other.token());
            }
        }
        h.createUpdate("INSERT INTO writers (token, what, pid, host, started_at) VALUES (:token, :what, :pid, :host, :startedAt)")
                .bind("token", writer.token())
                .bind("what", writer.what())
                .bind("pid", writer.pid())
                .bind("host", writer.host())
                .bind("startedAt", writer.startedAt().toString())
                .execute();
    }

    static void remove(Handle h, String token) {
        h.createUpdate("DELETE FROM writers WHERE token = :token").bind("token", token).execute();
    }

    /** Everyone named, oldest first; nobody while the database is still being created. */
    static List<Writer> all(Handle h, Dialect dialect) {
        if (!dialect.tableExists(h, "writers")) {
            return List.of();
        }
        return h.createQuery("SELECT token, what, pid, host, started_at FROM writers ORDER BY started_at, token")
                .map(WritersTable::writer)
                .list();
    }

    private static Writer writer(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Writer(rs.getString("token"), rs.getString("what"), rs.getLong("pid"), rs.getString("host"), Instant.parse(rs.getString("started_at")));
    }
}
