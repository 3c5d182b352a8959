package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.bot.Application;
import app.bonusbot.store.StoreAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A SQLite installation with something in every part of the store, made by the real app: the demo company, a HubSpot
 * import, a closed quarter, an adjustment, a dispute, a survey round answered and closed, and the audit entries of
 * all of it.
 */
final class SqliteInstallation {

    private SqliteInstallation() {}

    static InProcessCli build(Path dir) {
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir);
        ok(cli.run("status", "--person", "anna.holm"));
        ok(cli.run("import", "deals", InProcessCli.HUBSPOT_EXPORT.toString()));
        ok(cli.run("close", "2026-Q3", "--by", "karin.dahl"));
        ok(cli.run("adjust", "--person", "anna.holm", "--period", "2026-Q4", "--amount", "1,500.50", "--reason", "Spiff for the Acme deal"));
        ok(at(cli, "2026-11-20", "survey", "open", "--survey", "bonus-plan"));
        try (Application app = Application.open(cli.config(), cli.db(),
                zone -> Clock.fixed(LocalDate.of(2026, 11, 25).atTime(LocalTime.NOON).atZone(zone).toInstant(), zone))) {
            app.commands().handle("anna.holm", "/bonus feedback clarity 5");
            app.commands().handle("anna.holm", "/bonus feedback comments Fewer bands, please");
            app.commands().handle("mikkel.larsen", "/bonus feedback clarity 4");
            app.commands().answer("anna.holm", "dispute The Acme deal is missing deal:D-123");
        }
        ok(at(cli, "2026-11-27", "survey", "close", "--survey", "bonus-plan"));
        return cli;
    }

    private static InProcessCli.Run at(InProcessCli cli, String day, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", cli.config().toString(), "--db", cli.db().toString(), "--today", day));
        return InProcessCli.runExactly(all.toArray(String[]::new));
    }

    private static void ok(InProcessCli.Run run) {
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    /** Each table of the SQLite file with its row count, read-only. */
    static Map<String, Long> sqliteRows(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly)) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return counts(c, tables);
        }
    }

    /** The row count of each of the tables on a PostgreSQL store. */
    static Map<String, Long> postgresRows(StoreAddress.Postgres store, List<String> tables) throws SQLException {
        try (Connection c = connect(store)) {
            return counts(c, tables);
        }
    }

    static void onPostgres(StoreAddress.Postgres store, String sql) throws SQLException {
        try (Connection c = connect(store); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static Connection connect(StoreAddress.Postgres store) throws SQLException {
        Properties properties = new Properties();
        store.password().ifPresent(p -> properties.setProperty("password", p));
        return DriverManager.getConnection(store.url(), properties);
    }

    private static Map<String, Long> counts(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                rows.put(table, rs.getLong(1));
            }
        }
        return rows;
    }
}
