package app.bonusbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The one read transaction an answer runs in ({@link Database#readAsOne}): every read of the answer on this thread,
 * through Jdbi (which hands nested calls the thread's handle) or as a point read, sees the state of the store its first
 * statement saw. The data version is read once per answer and kept here.
 */
final class AnswerScope {

    private final Handle handle;
    private long version = -1;

    AnswerScope(Handle handle) {
        this.handle = handle;
    }

    /** The data version as of this answer's state: read at the first ask, then the same for the whole answer. */
    long dataVersion() {
        if (version < 0) {
            version = DataVersion.read(handle);
        }
        return version;
    }

    /** A point read inside the answer's transaction. */
    <T> Optional<T> readOne(String sql, PointReads.Parameters parameters, PointReads.Row<T> row) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database: " + WriteTurns.reason(e), e);
        }
    }
}
