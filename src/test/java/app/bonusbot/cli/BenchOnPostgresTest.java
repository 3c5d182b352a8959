package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bonusbot bench --db jdbc:postgresql://...} on the test run's real PostgreSQL, at a tiny scale. Timings are
 * machine-dependent, so the structure of the report is checked, never a value.
 */
@ExtendWith(StoreKind.Cleanup.class)
class BenchOnPostgresTest {

    private static final String MS3 = "\\d+\\.\\d{3} ms";
    private static final String PERCENTILES = "p50 " + MS3 + " p95 " + MS3 + " p99 " + MS3;
    private static final String RATIOS = "x\\d+\\.\\d at p50, x\\d+\\.\\d at p99";

    @TempDir
    Path dir;

    private InProcessCli.Run bench(Map<String, String> environment, String... options) {
        List<String> args = new ArrayList<>(List.of("bench", "--config", "bot-config", "--today", "2026-11-27", "--sellers", "5", "--deals", "200",
                "--iterations", "20", "--explain-iterations", "5", "--team-iterations", "5", "--tally-iterations", "20", "--warmup", "2",
                "--http-clients", "2", "--http-commands", "10", "--startup-runs", "1", "--sync-deals", "250", "--sync-interval", "1s",
                "--sync-changes", "1", "--work-dir", dir.resolve("work").toString()));
        args.addAll(List.of(options));
        return InProcessCli.runExactly(environment, args.toArray(String[]::new));
    }

    private static void assertLine(InProcessCli.Run run, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(run.out()).find(), "no line matching " + regex + " in:\n" + run);
    }

    @Test
    void bench_on_postgresql_prints_every_part_beside_its_floor_and_drops_the_schemas_it_made() throws SQLException {
        // GIVEN an empty PostgreSQL database, named in BONUSBOT_DB_URL as an operator would
        StoreAddress.Postgres target = (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
        List<String> schemasBefore = schemas(target);

        // WHEN the bench runs every part on it
        InProcessCli.Run run = bench(Map.of(StoreAddress.ENV_URL, target.url()), "--only", "import,status,http,digest,startup,sync");

        // THEN the report names PostgreSQL with the server's own version, and where it built the company
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertLine(run, "^Bonusbot bench: a synthetic company on the real stack \\(config, PostgreSQL database, importers, command handler\\)$");
        assertLine(run, "^  machine   Java \\S+, .+, \\d+ CPUs, max heap \\d+ MiB, .+, PostgreSQL \\d+\\.\\d+ .+$");
        assertLine(run, "^  store     PostgreSQL database jdbc:postgresql://\\S+, schema bonusbot_bench_\\d{8}_\\d{6}_\\d+_main \\(dropped at the end\\)$");
        assertLine(run, "^  date      \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$");
        // AND every part stands beside its floor measured on PostgreSQL
        assertLine(run, "^  raw floor: split \\+ pgjdbc batch +200 +\\d+\\.\\d\\d s +\\d+$");
        assertLine(run, "^  /bonus status in process +\\| " + PERCENTILES + " +\\| one seller's own grouped aggregate: " + PERCENTILES + " +\\| " + RATIOS + "$");
        assertLine(run, "^  /bonus explain in process +\\| " + PERCENTILES + " +\\| one seller's won deals listed: " + PERCENTILES + " +\\| " + RATIOS + "$");
        assertLine(run, "^  /bonus team in process, teams up to \\d+ +\\| " + PERCENTILES + " +\\| the team's grouped aggregate: " + PERCENTILES + " +\\| "
                + RATIOS + "$");
        assertLine(run, "^  HTTP mode, signed /bonus status, 2 clients +\\| \\d+\\.\\d answered/s; ack p50 " + MS3 + " p99 " + MS3 + "; answer p50 " + MS3
                + " p99 " + MS3 + "; 0 failed +\\| bare loopback POST: \\d+\\.\\d/s; ack p50 " + MS3 + " p99 " + MS3 + " +\\| \\d+\\.\\d\\d of the floor$");
        assertLine(run, "^  weekly digest, 3 teams, with charts +\\| \\d+\\.\\d{3} s, " + MS3 + " per team +\\| all teams' grouped aggregates in one SQL: "
                + "\\d+\\.\\d{3} s +\\| x\\d+\\.\\d$");
        assertLine(run, "^  deal import, 200 rows +\\| \\d+ rows/s; peak heap \\d+ MiB +\\| split \\+ PostgreSQL JDBC batched insert \\(reWriteBatchedInserts\\):"
                + " \\d+ rows/s +\\| \\d+\\.\\d\\d of the floor$");
        assertLine(run, "^  start-up to first console answer +\\| \\d+\\.\\d\\d s \\(median of 1, (no )?AppCDS archive\\) +\\| hello-world JVM, same class path: "
                + "\\d+\\.\\d\\d s +\\| x\\d+\\.\\d$");
        assertLine(run, "^  HubSpot first sync, 250 deals +\\| \\d+\\.\\d\\d s, \\d+ deals/s, \\d+\\.\\d\\d s per 10,000 deals; \\d+ requests +\\| "
                + "the same pages fetched and parsed, nothing written: \\d+\\.\\d\\d s +\\| x\\d+\\.\\d$");
        assertLine(run, "^  CRM change to /bonus status, poll 1 s +\\| median \\d+\\.\\d\\d s, max \\d+\\.\\d\\d s of 1 change +\\| ");
        assertLine(run, "^  status    \\d+\\.\\d SQL statements per call \\(\\d+\\.\\d on deals\\); \\d+ distinct deal queries, ");
        assertLine(run, "^bench: 5 sellers in 3 configured teams \\(dach nordics renewals\\), 200 deals imported .*; \\d+ CPUs, Java .+, PostgreSQL \\d+\\.\\d+;");
        // AND the database is as it was: the bench's schemas are gone, the named one still empty
        assertEquals(schemasBefore, schemas(target));
        assertEquals(List.of(), tables(target));
    }

    @Test
    void bench_refuses_a_database_that_holds_tables_and_leaves_them_alone() throws SQLException {
        // GIVEN a PostgreSQL database where the URL points at a schema with a table in it
        StoreAddress.Postgres target = (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
        try (Connection c = connect(target); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE deals (deal_id TEXT PRIMARY KEY)");
            st.execute("INSERT INTO deals VALUES ('customer-deal-1')");
        }
        List<String> schemasBefore = schemas(target);

        // WHEN the bench is pointed at it with --db
        InProcessCli.Run run = bench(Map.of(), "--db", target.url(), "--only", "status");

        // THEN it refuses in one line saying why and what to give, and makes and changes nothing
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is not empty: schema " + target.url().replaceAll(".*currentSchema=(\\w+).*", "$1") + " holds tables (deals)"), run.err());
        assertTrue(run.err().contains("give an empty database"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(schemasBefore, schemas(target));
        assertEquals(List.of("deals"), tables(target));
    }

    @Test
    void a_file_path_given_to_bench_db_is_a_usage_error_the_bench_makes_its_own_sqlite_file() {
        // WHEN the bench is given a SQLite file with --db
        InProcessCli.Run run = bench(Map.of(), "--db", dir.resolve("company.db").toString(), "--only", "status");

        // THEN it says the bench never measures that file, and how to bench on PostgreSQL
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--db: the bench makes a new SQLite file of its own in its temporary directory and never measures "), run.err());
        assertTrue(run.err().contains("give --db a PostgreSQL URL"), run.err());
    }

    private static List<String> schemas(StoreAddress.Postgres target) throws SQLException {
        return strings(target, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bonusbot_bench_%' ORDER BY 1");
    }

    private static List<String> tables(StoreAddress.Postgres target) throws SQLException {
        return strings(target, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
    }

    private static Connection connect(StoreAddress.Postgres target) throws SQLException {
        Properties properties = new Properties();
        target.password().ifPresent(p -> properties.setProperty("password", p));
        return DriverManager.getConnection(target.url(), properties);
    }

    private static List<String> strings(StoreAddress.Postgres target, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = connect(target); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
