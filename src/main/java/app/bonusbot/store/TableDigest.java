package app.bonusbot.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A table's checksum, made the same way from either store: SHA-256 over its rows in key order, each value in a
 * canonical text that does not depend on the column type a store gave it (an integer in SQLite and a BIGINT in
 * PostgreSQL are the same digits, a 0/1 flag and a boolean the same 0 or 1), a NULL distinct from every text.
 */
final class TableDigest {

    private static final byte NULL = 0;
    private static final byte VALUE = 1;

    private final MessageDigest sha256;
    private long rows;

    TableDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    void addRow(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                sha256.update(NULL);
            } else {
                byte[] text = canonical(value).getBytes(StandardCharsets.UTF_8);
                // The length first: "ab","c" and "a","bc" are different rows.
                sha256.update(VALUE);
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(text.length).array());
                sha256.update(text);
            }
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Hex; the digest is finished by this. */
    String checksum() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String canonical(Object value) {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof Double || value instanceof Float) {
            return plain(new BigDecimal(value.toString()));
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
