package app.bonusbot.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * What a PostgreSQL column takes, for a value read from SQLite, whose columns hold whatever was written: a SQLite
 * integer becomes a BIGINT or a boolean (0/1), text stays text. Types the schema does not use yet (a timestamp, say)
 * are handed to the server as text for it to read.
 */
enum ColumnKind {

    INTEGER(Types.BIGINT),
    BOOLEAN(Types.BOOLEAN),
    TEXT(Types.VARCHAR),
    DECIMAL(Types.NUMERIC),
    REAL(Types.DOUBLE),
    BYTES(Types.BINARY),
    OTHER(Types.OTHER);

    private final int sqlType;

    ColumnKind(int sqlType) {
        this.sqlType = sqlType;
    }

    /** @param dataType information_schema.columns.data_type */
    static ColumnKind ofPostgres(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "bigint", "integer", "smallint" -> INTEGER;
            case "boolean" -> BOOLEAN;
            case "text", "character varying", "character" -> TEXT;
            case "numeric" -> DECIMAL;
            case "double precision", "real" -> REAL;
            case "bytea" -> BYTES;
            default -> OTHER;
        };
    }

    /** How a key column of this kind is ordered on PostgreSQL: text byte by byte, as SQLite's BINARY does. */
    String collation() {
        return this == TEXT ? " COLLATE \"C\"" : "";
    }

    void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> insert.setLong(index, new BigDecimal(value.toString()).longValueExact());
            case BOOLEAN -> insert.setBoolean(index, bool(value));
            case TEXT -> insert.setString(index, value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value.toString());
            case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.toString()));
            case REAL -> insert.setDouble(index, Double.parseDouble(value.toString()));
            case BYTES -> insert.setBytes(index, value instanceof byte[] bytes ? bytes : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case OTHER -> insert.setObject(index, value.toString(), Types.OTHER);
        }
    }

    /** The value as the checksum reads it back from PostgreSQL. */
    Object read(ResultSet rs, int index) throws SQLException {
        return this == OTHER ? rs.getString(index) : rs.getObject(index);
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "true", "t" -> true;
            case "0", "false", "f" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is not a boolean");
        };
    }
}
