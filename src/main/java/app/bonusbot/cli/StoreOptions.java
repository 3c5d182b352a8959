package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the configuration and the database are, so an admin can try a new plan against a copy of the data. */
public final class StoreOptions {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/bonusbot.db", description = "SQLite database file (default: ${DEFAULT-VALUE}).")
    Path db;

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
        return Application.open(config, db, this::clock, seedDemoData, line -> {
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
