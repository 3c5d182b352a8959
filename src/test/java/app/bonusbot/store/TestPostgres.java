package app.bonusbot.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the store tests run on, one per test run. {@value #URL_ENV} names a server to use (a
 * database the tests may create schemas in; the password, if any, in {@value #PASSWORD_ENV}). Without it a throwaway
 * cluster is made with {@code initdb} in a temporary directory and started with {@code pg_ctl} on a free local port,
 * from the binaries of Debian's {@code postgresql} package (or {@value #BIN_ENV}), and stopped when the tests end. As
 * root (a CI machine), the cluster runs as the {@code postgres} user, or a {@code bonusbot-pg} user made for it:
 * PostgreSQL refuses to run as root. Each test gets a fresh schema of its own.
 *
 * <p>With neither a URL nor the binaries, the PostgreSQL half of the store tests is skipped on a developer machine and
 * fails under {@code CI=true}: CI never passes without having run it.
 */
final class TestPostgres {

    static final String URL_ENV = "BONUSBOT_TEST_PG_URL";
    static final String PASSWORD_ENV = "BONUSBOT_TEST_PG_PASSWORD";
    static final String BIN_ENV = "BONUSBOT_TEST_PG_BIN";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Server server;
    private static String unavailable;

    private TestPostgres() {}

    /**
     * A fresh, empty schema on the server, as the address a {@link Database} opens. Its connections name the schema as
     * their application, so that {@link #drop} can end those a test left open.
     */
    static StoreAddress.Postgres freshSchema() {
        Server s = server();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = s.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema on the test PostgreSQL " + s.url + ": " + e.getMessage(), e);
        }
        String separator = s.url.contains("?") ? "&" : "?";
        return new StoreAddress.Postgres(s.url + separator + "currentSchema=" + schema + "&ApplicationName=" + schema, s.password);
    }

    /** Ends the connections a test left open on the schema, and drops it. */
    static void drop(StoreAddress.Postgres address) {
        String schema = address.url().replaceAll(".*currentSchema=(\\w+).*", "$1");
        try (Connection c = server().connect(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + schema + "'");
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Server server() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (server == null) {
            missing("no PostgreSQL for the store tests: " + unavailable);
        }
        return server;
    }

    /** Skips the test on a developer machine without PostgreSQL; fails it under {@code CI=true}. */
    static void missing(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why + " (CI=true: the PostgreSQL store tests must run; .ci/run installs the postgresql package)");
        }
        Assumptions.abort(why);
    }

    private static Server start() throws IOException {
        String given = System.getenv(URL_ENV);
        if (given != null && !given.isBlank()) {
            return new Server(given.strip(), Optional.ofNullable(System.getenv(PASSWORD_ENV)), null);
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("neither " + URL_ENV + " nor PostgreSQL's initdb and pg_ctl (install"
                + " Debian's postgresql package, or set " + BIN_ENV + ")"));
        return Cluster.start(bin);
    }

    /** {@value #BIN_ENV}, else the newest /usr/lib/postgresql/N/bin, else initdb on the PATH. */
    static Optional<Path> binaries() throws IOException {
        String given = System.getenv(BIN_ENV);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given.strip()));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return Optional.of(newest.get().resolve("bin"));
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Optional.of(Path.of(dir).toRealPath());
            }
        }
        return Optional.empty();
    }

    private record Server(String url, Optional<String> password, Cluster cluster) {

        Connection connect() throws SQLException {
            Properties properties = new Properties();
            password.ifPresent(p -> properties.setProperty("password", p));
            return DriverManager.getConnection(url, properties);
        }
    }

    /**
     * A cluster of its own in a temporary directory, removed when the JVM ends: the test run's shared server, or one a
     * test stops and restarts ({@link OwnPostgres}).
     */
    record Cluster(Path bin, Path dir, List<String> asUser, int port) {

        static Server start(Path bin) throws IOException {
            Cluster cluster = create(bin);
            cluster.startServer();
            return new Server(cluster.url(), Optional.empty(), cluster);
        }

        /** A new cluster with {@code initdb}, not started yet, on a free local port. */
        static Cluster create(Path bin) throws IOException {
            Path dir = Files.createTempDirectory("bonusbot-pg-");
            List<String> asUser = List.of();
            if (isRoot()) {
                String user = serviceUser();
                run(List.of("chown", user, dir.toString()), List.of());
                asUser = List.of("runuser", "-u", user, "--");
            }
            Cluster cluster = new Cluster(bin, dir, asUser, freePort());
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"), asUser);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::remove, "stop test PostgreSQL"));
            return cluster;
        }

        String url() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        }

        void startServer() throws IOException {
            // fsync off: a throwaway cluster has nothing to keep after a crash. Many connections: every test's Database
            // keeps a few open, and some tests leave theirs to the end of the run.
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=1000"
                            + " -c shared_buffers=32MB", "start"), asUser);
        }

        /** Stops the server as an administrator does (fast: open sessions are ended), keeping its data. */
        void stopServer() throws IOException {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "-t", "60", "stop"), asUser);
        }

        /** Stops the server if it runs and removes the cluster's directory. */
        void remove() {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), asUser);
            } catch (IOException | RuntimeException e) {
                // Stopped already (a test stopped it), or it never started.
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove " + dir + ": " + e.getMessage());
            }
        }

        private static boolean isRoot() throws IOException {
            return "0".equals(output(List.of("id", "-u")).strip());
        }

        /** postgres (Debian's package makes it), else bonusbot-pg, made here when missing. */
        private static String serviceUser() throws IOException {
            for (String user : List.of("postgres", "bonusbot-pg")) {
                if (exitCode(List.of("id", "-u", user)) == 0) {
                    return user;
                }
            }
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "bonusbot-pg"), List.of());
            return "bonusbot-pg";
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static void run(List<String> command, List<String> asUser) throws IOException {
            List<String> full = new ArrayList<>(asUser);
            full.addAll(command);
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " failed: " + out.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
            }
        }

        private static int exitCode(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private static String output(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes());
        }
    }
}
