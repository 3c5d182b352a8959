package app.bonusbot.cli;

import app.bonusbot.imports.TextProgressBar;
import app.bonusbot.store.MoveReport;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreException;
import app.bonusbot.store.StoreMove;
import app.bonusbot.store.SurveyKeySource;
import app.bonusbot.store.TableComparison;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Moves an installation from its SQLite file to PostgreSQL ({@link StoreMove}) and prints each table's rows and
 * checksum on both sides. Like import, a tool about files and databases: its whole run is English.
 */
@Command(name = "migrate-store", mixinStandardHelpOptions = true,
        description = {"Copies every table of a SQLite store into an empty PostgreSQL database in one transaction, and compares each table's rows",
            "and checksum on both sides. The source is only read. Stop the bot first; start it on the new store afterwards."})
final class MigrateStoreCommand implements Callable<Integer> {

    /** How much of a checksum the table shows; the whole of it is compared. */
    private static final int SHOWN_HEX = 16;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The SQLite file to move (e.g. data/bonusbot.db); opened read-only.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The PostgreSQL database, jdbc:postgresql://host:5432/bonusbot; the password from BONUSBOT_DB_PASSWORD or PGPASSWORD.")
    String to;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BonusbotCommand root;

    @Override
    public Integer call() {
        StoreAddress.Postgres target = target();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("Moving " + from.toAbsolutePath().normalize() + " to " + target.describe());
        out.flush();
        TextProgressBar progress = new TextProgressBar(err, "copying " + from.getFileName(), root.terminal());
        MoveReport report = StoreMove.move(from, target, Clock.systemUTC(), line -> {
            err.println(line);
            err.flush();
        }, progress::rowsDone);
        printTable(out, report);
        if (!report.committed()) {
            out.flush();
            throw new UserError(report.differing().size() + " of " + report.tables().size() + " tables differ between the source and the copy ("
                    + report.differing().stream().map(TableComparison::table).collect(Collectors.joining(", ")) + "): the copy was rolled back, "
                    + target.describe() + " holds none of it, and the source is unchanged.");
        }
        out.println(String.format(Locale.ROOT, "Moved %,d rows of %d tables to %s: every table's rows and checksum match. The source is unchanged.",
                report.rows(), report.tables().size(), target.describe()));
        out.println("Not copied, as each store keeps its own: " + String.join(", ", report.notCopied()) + ".");
        Path keyFile = SurveyKeySource.keyFile(from);
        if (Files.exists(keyFile)) {
            out.println("Survey answers are keyed with " + keyFile + ". On PostgreSQL the key comes from " + SurveyKeySource.ENV
                    + " only: set it to that file's content in every bot process, or open survey rounds accept a second answer.");
        }
        out.println("Start the bot with --db or " + StoreAddress.ENV_URL + " naming the new store.");
        out.flush();
        return ExitCodes.OK;
    }

    private StoreAddress.Postgres target() {
        StoreAddress address;
        try {
            address = StoreAddress.parse(to, root.environment());
        } catch (StoreException e) {
            throw new UserError("--to: " + e.getMessage(), ExitCodes.USAGE);
        }
        if (address instanceof StoreAddress.Postgres postgres) {
            return postgres;
        }
        throw new UserError("--to " + to + " is not a PostgreSQL URL: migrate-store moves a SQLite file into PostgreSQL, e.g. --to"
                + " jdbc:postgresql://host:5432/bonusbot (the password from " + StoreAddress.ENV_PASSWORD + " or " + StoreAddress.ENV_PGPASSWORD + ").",
                ExitCodes.USAGE);
    }

    private static void printTable(PrintWriter out, MoveReport report) {
        int width = Math.max("TABLE".length(), report.tables().stream().mapToInt(t -> t.table().length()).max().orElse(0));
        String format = "%-" + width + "s  %11s  %11s  %-16s  %-16s  %s%n";
        out.printf(Locale.ROOT, format, "TABLE", "SOURCE ROWS", "TARGET ROWS", "SOURCE CHECKSUM", "TARGET CHECKSUM", "OK");
        for (TableComparison t : report.tables()) {
            out.printf(Locale.ROOT, format, t.table(), t.sourceRows(), t.targetRows(), t.sourceChecksum().substring(0, SHOWN_HEX),
                    t.targetChecksum().substring(0, SHOWN_HEX), t.matches() ? "yes" : "NO");
        }
    }
}
