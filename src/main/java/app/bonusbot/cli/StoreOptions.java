package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.console.ConsolePostDelivery;
import app.bonusbot.store.StoreAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the configuration and the database are, so an admin can try a new plan against a copy of the data. */
public final class StoreOptions {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "SQLite database file, or a PostgreSQL URL (jdbc:postgresql://host:5432/bonusbot;"
            + " the password from BONUSBOT_DB_PASSWORD or PGPASSWORD). Default: BONUSBOT_DB_URL when set, else " + DEFAULT_FILE + ".")
    String db;

    static final String DEFAULT_FILE = "data/bonusbot.db";

    /** --db, else {@value StoreAddress#ENV_URL}, else {@value #DEFAULT_FILE}; a PostgreSQL password comes from the environment. */
    StoreAddress address() {
        Map<String, String> environment = environment();
        String given = db != null ? db : environment.getOrDefault(StoreAddress.ENV_URL, "");
        return StoreAddress.parse(given.isBlank() ? DEFAULT_FILE : given, environment);
    }

    /** Where the console's charts go: beside a SQLite file; data/charts with PostgreSQL. */
    Path chartDirectory() {
        StoreAddress address = address();
        return ConsolePostDelivery.chartDirectoryFor(address instanceof StoreAddress.SqliteFile sqlite ? sqlite.file() : Path.of(DEFAULT_FILE));
    }

    /** Where {@code bonusbot report} writes without {@code --out}: a reports directory beside a SQLite file; data/reports with PostgreSQL. */
    Path reportDirectory() {
        StoreAddress address = address();
        Path parent = (address instanceof StoreAddress.SqliteFile sqlite ? sqlite.file() : Path.of(DEFAULT_FILE)).toAbsolutePath().getParent();
        return parent.resolve("reports");
    }

    private Map<String, String> environment() {
        if (command != null && command.root().userObject() instanceof BonusbotCommand root) {
            return root.environment();
        }
        return System.getenv();
    }

    /** The command these options are mixed into, for its standard error. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--today", paramLabel = "DATE", description = "Evaluate as if today were this date (yyyy-MM-dd), e.g. to replay a past quarter.")
    LocalDate today;

    /**
     * Opens the application on this configuration and database, seeding a new database with the demo company. A write
     * that has to wait for another process (an import) says so, and whom for, in one line on standard error.
     */
    Application open() {
        return open(true);
    }

    /** @param seedDemoData false for an import: a company's first real import must not land among demo deals */
    Application open(boolean seedDemoData) {
        PrintWriter err = command.commandLine().getErr();
        return Application.open(config, address(), this::clock, seedDemoData, line -> {
            err.println(line);
            err.flush();
        });
    }

    /** The system clock, or noon of --today in the company's zone. */
    Clock clock(ZoneId zone) {
        if (today == null) {
            return Clock.system(zone);
        }
        return Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
    }
}
