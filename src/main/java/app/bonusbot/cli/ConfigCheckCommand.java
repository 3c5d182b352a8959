package app.bonusbot.cli;

import app.bonusbot.config.BotConfig;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.config.ConfigProblem;
import app.bonusbot.core.deal.HeldBackCount;
import app.bonusbot.store.ClosedPeriodStore;
import app.bonusbot.store.Database;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.HeldDeals;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates every file in the configuration directory and lists each problem with file, line and field.")
final class ConfigCheckCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ConfigProblem> problems = ConfigLoader.check(store.config);
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.println(problems.size() == 1 ? "1 problem in " + store.config : problems.size() + " problems in " + store.config);
            err.flush();
            return ExitCodes.INVALID_CONFIG;
        }
        BotConfig config = ConfigLoader.load(store.config);
        List<ConfigProblem> closed = closedVersionProblems(config);
        if (!closed.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            closed.forEach(err::println);
            err.println(closed.size() == 1 ? "1 problem in " + store.config : closed.size() + " problems in " + store.config);
            err.flush();
            return ExitCodes.INVALID_CONFIG;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s is valid: %d teams, %d people, %d plans, %d targets.%n", store.config, config.directory().teams().size(),
                config.directory().people().size(), config.plans().size(), config.targets().targets().size());
        heldBackDeals(config).forEach(line -> out.println("Warning: " + line));
        out.flush();
        return ExitCodes.OK;
    }

    /** Changes to plan versions that closed periods were paid with, when there is a database; none without one. */
    private List<ConfigProblem> closedVersionProblems(BotConfig config) {
        if (!hasDatabase()) {
            return List.of();
        }
        try (Database db = Database.open(store.address(), Clock.systemUTC())) {
            return ClosedVersionCheck.problems(store.config, config, new ClosedPeriodStore(db, config.settings().language()));
        }
    }

    /**
     * The stored deals these exchange rates leave held back, when there is a database: a missing rate is found here,
     * not when someone wonders why a deal does not count. No database is created for it.
     */
    private List<String> heldBackDeals(BotConfig config) {
        if (!hasDatabase()) {
            return List.of();
        }
        try (Database db = Database.open(store.address(), Clock.systemUTC())) {
            return new HeldDeals(db).countsAt(config.settings().converter()).stream().map(HeldBackCount::describe).toList();
        }
    }

    /** A SQLite file that exists, or a PostgreSQL database (which is there before Bonusbot ever opens it). */
    private boolean hasDatabase() {
        return !(store.address() instanceof StoreAddress.SqliteFile sqlite) || Files.isRegularFile(sqlite.file());
    }
}
