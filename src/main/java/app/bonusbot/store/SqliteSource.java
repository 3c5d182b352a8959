package app.bonusbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite store file opened to be copied, read-only: nothing is written to it, not even a migration or a cache
 * entry. All its tables are read in one read transaction, so a bot still running on it cannot make the copy mix two
 * states. Only a file at this build's schema version is read: an older one would have to be migrated, which is a
 * write.
 */
final class SqliteSource implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Path file;
    private final Handle handle;

    private SqliteSource(Path file, Handle handle) {
        this.file = file;
        this.handle = handle;
    }

    static SqliteSource open(Path given) {
        Path file = given.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("The source " + file + " is not there: give the SQLite file of the installation to move (e.g. data/bonusbot.db).");
        }
        if (!startsWithSqliteHeader(file)) {
            throw new StoreException("The source " + file + " is not a SQLite database.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        Handle handle;
        try {
            Connection connection = dataSource.getConnection();
            handle = Jdbi.open(connection);
            // One read transaction from the first read on: every table as of one commit.
            handle.begin();
        } catch (SQLException e) {
            throw new StoreException("Cannot open the source " + file + " read-only: " + e.getMessage(), e);
        }
        SqliteSource source = new SqliteSource(file, handle);
        try {
            source.checkSchemaVersion();
            return source;
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static boolean startsWithSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            throw new StoreException("Cannot read the source " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkSchemaVersion() {
        int version = Migrations.currentVersion(handle, Dialect.SQLITE);
        int latest = Migrations.latestVersion();
        if (version == 0) {
            throw new StoreException("The source " + file + " is not a Bonusbot database (it has no schema_version table).");
        }
        if (version < latest) {
            throw new StoreException("The source " + file + " has schema version " + version + " and this Bonusbot's is " + latest
                    + ". migrate-store changes nothing in the source, so it does not bring it up to date: stop the bot, open the file once with"
                    + " this version (start the bot, or run e.g. 'bonusbot audit --db " + file + "' with your configuration), then move it."
                    + " Or do that to a copy of the file, and move the copy.");
        }
        if (version > latest) {
            throw new StoreException("The source " + file + " has schema version " + version + ", newer than this Bonusbot knows (" + latest
                    + "). Move it with the Bonusbot that wrote it.");
        }
        Migrations.checkChecksums(handle, Dialect.SQLITE, file.toString());
    }

    Path file() {
        return file;
    }

    Handle handle() {
        return handle;
    }

    /**
     * Every table, found in the schema (so a table added later is copied too) and ordered so that a table comes after
     * the tables its foreign keys point at, except the tables each store keeps for itself.
     *
     * @param notCopied tables left out
     * @param filters per table, a condition on the rows that are copied
     */
    List<CopiedTable> tables(Set<String> notCopied, Map<String, String> filters) {
        Map<String, CopiedTable> byName = new LinkedHashMap<>();
        Map<String, Set<String>> references = new HashMap<>();
        List<String> names = handle.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                .mapTo(String.class)
                .list();
        for (String name : names) {
            if (notCopied.contains(name)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<Map.Entry<Integer, String>> key = new ArrayList<>();
            handle.createQuery("SELECT name, pk FROM pragma_table_info(:table) ORDER BY cid").bind("table", name).map((rs, ctx) -> {
                columns.add(rs.getString(1));
                if (rs.getInt(2) > 0) {
                    key.add(Map.entry(rs.getInt(2), rs.getString(1)));
                }
                return null;
            }).list();
            key.sort(Map.Entry.comparingByKey());
            List<String> keyColumns = key.isEmpty() ? columns : key.stream().map(Map.Entry::getValue).toList();
            byName.put(name, new CopiedTable(name, columns, keyColumns, filters.getOrDefault(name, "")));
            references.put(name, new TreeSet<>(handle.createQuery("SELECT \"table\" FROM pragma_foreign_key_list(:table)")
                    .bind("table", name)
                    .mapTo(String.class)
                    .list()));
        }
        return referencedFirst(byName, references);
    }

    /** Kahn's order, alphabetical among equals; tables in a cycle (none today) come last, for deferred constraints to settle. */
    private static List<CopiedTable> referencedFirst(Map<String, CopiedTable> byName, Map<String, Set<String>> references) {
        List<CopiedTable> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        Deque<String> remaining = new ArrayDeque<>(byName.keySet());
        boolean progress = true;
        while (!remaining.isEmpty() && progress) {
            progress = false;
            for (String name : List.copyOf(remaining)) {
                boolean ready = references.get(name).stream().allMatch(r -> r.equals(name) || placed.contains(r) || !byName.containsKey(r));
                if (ready) {
                    ordered.add(byName.get(name));
                    placed.add(name);
                    remaining.remove(name);
                    progress = true;
                }
            }
        }
        remaining.stream().sorted(Comparator.naturalOrder()).forEach(name -> ordered.add(byName.get(name)));
        return ordered;
    }

    long count(CopiedTable table) {
        return handle.createQuery(table.count()).mapTo(Long.class).one();
    }

    /** Each AUTOINCREMENT table's highest id ever given out, removed rows included. */
    Map<String, Long> autoincrementCounters() {
        if (!Dialect.SQLITE.tableExists(handle, "sqlite_sequence")) {
            return Map.of();
        }
        Map<String, Long> counters = new HashMap<>();
        handle.createQuery("SELECT name, seq FROM sqlite_sequence")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> counters.put(e.getKey(), e.getValue()));
        return counters;
    }

    @Override
    public void close() {
        try {
            handle.rollback();
        } finally {
            handle.close();
        }
    }
}
