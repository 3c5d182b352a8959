package app.bonusbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema step, a classpath file {@code V<version>__<description>.sql} in each dialect's directory
 * ({@link Dialect#migrationDirectory()}): the same step written once for SQLite and once for PostgreSQL.
 *
 * @param description the file name's description part, underscores as spaces
 */
record Migration(int version, String description, String fileName) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    static Migration fromFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file name must look like V1__description.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName);
    }

    String resource(Dialect dialect) {
        return dialect.migrationDirectory() + fileName;
    }

    /** The dialect's file as text. */
    String sql(Dialect dialect) {
        String resource = resource(dialect);
        try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
    }

    /**
     * SHA-256 (hex) of the dialect's file, line ends made Unix ones (a checkout on Windows is the same migration):
     * recorded with the version, so that a file edited after it was applied is noticed.
     */
    String checksum(Dialect dialect) {
        try {
            byte[] text = sql(dialect).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
