package app.bonusbot.bench;

import app.bonusbot.store.Dialect;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Where one bench run keeps its databases: new SQLite files in its scratch directory, or new schemas of its own in a
 * PostgreSQL database. The run builds its company in the main one, and each floor or start-up that needs a database of
 * its own gets another. On PostgreSQL the database given must hold no tables where its URL points (a bench never runs
 * among a company's data); the bench's schemas are dropped at the end unless kept.
 */
abstract sealed class BenchStore implements AutoCloseable {

    /** The store the company is built in. */
    abstract StoreAddress main();

    /** Another new, empty store of this kind, e.g. {@code floor} for the import's floor. */
    abstract StoreAddress another(String name);

    /** A plain JDBC connection to a store of this run, outside Jdbi and the bot: what the raw floors run on. */
    abstract Connection connect(StoreAddress store) throws SQLException;

    abstract Dialect dialect();

    /** What the report calls it: {@code SQLite file /tmp/...}, or the PostgreSQL URL and the schema. */
    abstract String where();

    /** The JDBC driver and how the import floor batches with it. */
    abstract String batchedInsert();

    /** The store's name and version, as the server reports it. */
    String version(Jdbi jdbi) {
        return dialect() == Dialect.SQLITE
                ? "SQLite " + jdbi.withHandle(h -> h.createQuery("SELECT sqlite_version()").mapTo(String.class).one())
                : jdbi.withHandle(h -> h.createQuery("SELECT version()").mapTo(String.class).one());
    }

    @Override
    public abstract void close();

    static BenchStore sqlite(ScratchDirectory dir) {
        return new SqliteFiles(dir);
    }

    /**
     * @param target the database given with {@code --db} or {@value StoreAddress#ENV_URL}
     * @param keep leave the schemas behind, as {@code --keep} leaves the files
     * @throws StoreException when the database cannot be reached or already holds tables where its URL points
     */
    static BenchStore postgres(StoreAddress.Postgres target, boolean keep, Consumer<String> progress) {
        String prefix = "bonusbot_bench_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT)) + "_"
                + ProcessHandle.current().pid();
        PostgresSchemas store = new PostgresSchemas(target, prefix, keep, progress);
        try (Connection c = store.connectTo(target.url(), new Properties()); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            String schema;
            try (ResultSet rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1 LIMIT 6")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                throw new StoreException("bench: the database " + target.describe() + " is not empty: schema " + schema + " holds tables ("
                        + String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", …" : "")
                        + "). The bench builds a company of its own and refuses to run beside one: give an empty database"
                        + " (CREATE DATABASE bonusbot_bench), or unset " + StoreAddress.ENV_URL + " to bench on SQLite.");
            }
        } catch (SQLException e) {
            throw new StoreException("bench: cannot connect to the database " + target.describe() + ": " + e.getMessage(), e);
        }
        store.main = store.another("main");
        return store;
    }

    private static final class SqliteFiles extends BenchStore {

        private final ScratchDirectory dir;

        SqliteFiles(ScratchDirectory dir) {
            this.dir = dir;
        }

        @Override
        StoreAddress main() {
            return new StoreAddress.SqliteFile(dir.resolve("bench.db"));
        }

        @Override
        StoreAddress another(String name) {
            return new StoreAddress.SqliteFile(dir.resolve(name + ".db"));
        }

        @Override
        Connection connect(StoreAddress store) throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + ((StoreAddress.SqliteFile) store).file().toAbsolutePath());
        }

        @Override
        Dialect dialect() {
            return Dialect.SQLITE;
        }

        @Override
        String where() {
            return "SQLite file " + main().describe();
        }

        @Override
        String batchedInsert() {
            return "sqlite-jdbc batched insert";
        }

        /** The scratch directory deletes the files. */
        @Override
        public void close() {}
    }

    private static final class PostgresSchemas extends BenchStore {

        private final StoreAddress.Postgres target;
        private final String prefix;
        private final boolean keep;
        private final Consumer<String> progress;
        private final List<String> schemas = new ArrayList<>();
        private StoreAddress main;

        PostgresSchemas(StoreAddress.Postgres target, String prefix, boolean keep, Consumer<String> progress) {
            this.target = target;
            this.prefix = prefix;
            this.keep = keep;
            this.progress = progress;
        }

        @Override
        StoreAddress main() {
            return main;
        }

        /** A schema made now: CREATE SCHEMA fails rather than reuse one of the same name. */
        @Override
        StoreAddress another(String name) {
            String schema = prefix + "_" + name;
            try (Connection c = connectTo(target.url(), new Properties()); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new StoreException("bench: cannot create the schema " + schema + " in " + target.describe() + ": " + e.getMessage(), e);
            }
            schemas.add(schema);
            // The schema names the connections, so that closing the run can end any a child process left behind.
            return new StoreAddress.Postgres(withoutSchema(target.url()) + "currentSchema=" + schema + "&ApplicationName=" + schema, target.password());
        }

        /** The target's URL without a currentSchema or ApplicationName of its own, ready for another parameter. */
        private static String withoutSchema(String url) {
            String cleaned = url.replaceAll("(?i)([?&])(currentSchema|ApplicationName)=[^&]*&?", "$1").replaceAll("[?&]$", "");
            return cleaned + (cleaned.contains("?") ? "&" : "?");
        }

        @Override
        Connection connect(StoreAddress store) throws SQLException {
            Properties properties = new Properties();
            // Rewrites a batch of single-row inserts into multi-row ones: the fastest plain JDBC insert PostgreSQL has.
            properties.setProperty("reWriteBatchedInserts", "true");
            return connectTo(((StoreAddress.Postgres) store).url(), properties);
        }

        private Connection connectTo(String url, Properties properties) throws SQLException {
            target.password().ifPresent(p -> properties.setProperty("password", p));
            return DriverManager.getConnection(url, properties);
        }

        @Override
        Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        @Override
        String where() {
            return "PostgreSQL database " + target.describe() + ", schema " + prefix + "_main" + (keep ? " (kept)" : " (dropped at the end)");
        }

        @Override
        String batchedInsert() {
            return "PostgreSQL JDBC batched insert (reWriteBatchedInserts)";
        }

        @Override
        public void close() {
            if (keep) {
                progress.accept("bench: kept the schemas " + String.join(", ", schemas) + " in " + target.describe());
                return;
            }
            try (Connection c = connectTo(target.url(), new Properties()); Statement st = c.createStatement()) {
                for (String schema : schemas) {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + schema + "' AND pid <> pg_backend_pid()");
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } catch (SQLException e) {
                throw new StoreException("bench: cannot drop its schemas " + String.join(", ", schemas) + " in " + target.describe() + ": " + e.getMessage()
                        + " (drop them by hand)", e);
            }
        }
    }
}
