package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.crm.hubspot.HubSpotConnection;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.crm.hubspot.SyncReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sync", mixinStandardHelpOptions = true, subcommands = SyncStatusCommand.class,
        description = {"Runs one sync pass from HubSpot (HUBSPOT_TOKEN) and prints what changed: inserted, updated, removed, held back per reason.",
            "The first pass reads every deal; later ones the deals changed since the last. 'sync status' shows where it stands."})
final class SyncCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--full", description = "Read every deal again from the first, instead of the changes since the last pass.")
    boolean full;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BonusbotCommand root;

    @Override
    public Integer call() {
        HubSpotConnection connection = connection(root);
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = store.open(false)) {
            if (!app.config().hubspot().sync()) {
                throw new UserError("the sync is turned off in settings.yaml (hubspot.sync: false)", ExitCodes.INVALID_CONFIG);
            }
            HubSpotSync sync = app.hubSpotSync(connection);
            // A tool about the CRM and the database, like import: English from start to end.
            try {
                out.println(sync.checkToken().describe());
            } catch (RuntimeException e) {
                out.println("HubSpot: the token could not be checked (" + e.getMessage() + ")");
            }
            if (full) {
                sync.restartFull();
            }
            SyncReport report = sync.pass(true);
            report.lines().forEach(out::println);
            out.flush();
            return report.succeeded() ? ExitCodes.OK : ExitCodes.SYNC_FAILED;
        }
    }

    /** HUBSPOT_TOKEN and HUBSPOT_API_URL from the run's environment; a clear error without the token. */
    static HubSpotConnection connection(BonusbotCommand root) {
        return HubSpotConnection.fromEnvironment(root.environment()).orElseThrow(() -> new UserError("HUBSPOT_TOKEN is not set: put the"
                + " access token of the HubSpot private app there (README, Connect HubSpot)", ExitCodes.INVALID_CONFIG));
    }
}
