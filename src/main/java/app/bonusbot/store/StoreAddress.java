package app.bonusbot.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the store is: a SQLite file, or a PostgreSQL database given by its JDBC URL. The database option (or
 * {@value #ENV_URL}) is read as a URL when it starts with {@code jdbc:postgresql:}, else as a file path.
 */
public sealed interface StoreAddress {

    /** The database when the command line names none. */
    String ENV_URL = "BONUSBOT_DB_URL";
    /** The PostgreSQL password; {@value #ENV_PGPASSWORD} is read when this is not set. Never logged. */
    String ENV_PASSWORD = "BONUSBOT_DB_PASSWORD";
    String ENV_PGPASSWORD = "PGPASSWORD";

    /** How the store names itself in messages: the file, or the URL without any password in it. */
    String describe();

    Dialect dialect();

    /** The SQLite file, e.g. {@code data/bonusbot.db}. */
    record SqliteFile(Path file) implements StoreAddress {

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public Dialect dialect() {
            return Dialect.SQLITE;
        }
    }

    /**
     * A PostgreSQL database, {@code jdbc:postgresql://host:5432/bonusbot}; PostgreSQL 15 or later.
     *
     * @param password from the environment, never from the command line (which other users of the machine can read)
     */
    record Postgres(String url, Optional<String> password) implements StoreAddress {

        private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&]password=)[^&]*");

        @Override
        public String describe() {
            return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
        }

        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        /** The password stays out of a record's usual text, which may end up in a log. */
        @Override
        public String toString() {
            return "Postgres[" + describe() + "]";
        }
    }

    /**
     * @param text a file path or a {@code jdbc:postgresql:} URL
     * @param environment where a PostgreSQL password is read from
     */
    static StoreAddress parse(String text, Map<String, String> environment) {
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length())) {
            return new Postgres(trimmed, password(environment));
        }
        if (trimmed.regionMatches(true, 0, "jdbc:", 0, "jdbc:".length())) {
            throw new StoreException("The database " + trimmed.split("[?;]", 2)[0] + " is not one Bonusbot can use: give a SQLite file path, or a"
                    + " PostgreSQL URL like jdbc:postgresql://host:5432/bonusbot");
        }
        return new SqliteFile(Path.of(trimmed));
    }

    private static Optional<String> password(Map<String, String> environment) {
        for (String name : new String[] {ENV_PASSWORD, ENV_PGPASSWORD}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
