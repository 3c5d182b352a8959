package app.bonusbot.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Where the configuration and the database are, so an admin can try a new plan against a copy of the data. */
public final class StoreOptions {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/bonusbot.db", description = "SQLite database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--today", paramLabel = "DATE", description = "Evaluate as if today were this date (yyyy-MM-dd), e.g. to replay a past quarter.")
    LocalDate today;

    /** The system clock, or noon of --today in the company's zone. */
    Clock clock(ZoneId zone) {
        if (today == null) {
            return Clock.system(zone);
        }
        return Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
    }
}
