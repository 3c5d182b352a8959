package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.imports.TextProgressBar;
import app.bonusbot.store.ImportKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports deals, people or targets from a CSV file in one transaction.",
            "A file with any bad row changes nothing; every bad row is listed with its line, column and reason."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "KIND", description = "deals, people or targets")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file (UTF-8). Deals: a HubSpot export or the plain format.")
    Path file;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BonusbotCommand root;

    @Override
    public Integer call() {
        ImportKind importKind = switch (kind.toLowerCase(Locale.ROOT)) {
            case "deals" -> ImportKind.DEALS;
            case "people" -> ImportKind.PEOPLE;
            case "targets" -> ImportKind.TARGETS;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "KIND: '" + kind + "' is not deals, people or targets");
        };
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        TextProgressBar progress = new TextProgressBar(spec.commandLine().getErr(), "importing " + file.getFileName(), root.terminal());
        try (Application app = store.open(false)) {
            ImportResult result = app.importer(importKind).importFile(file, progress);
            // An import is a tool about a file, like config check: its whole run is English (README, CLI reference, Language).
            result.summary().forEach(out::println);
            out.flush();
            return result.succeeded() ? ExitCodes.OK : ExitCodes.IMPORT_REJECTED;
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
