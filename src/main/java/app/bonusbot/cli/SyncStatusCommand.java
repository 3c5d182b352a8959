package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.deal.HeldBackCount;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.store.CrmSyncState;
import app.bonusbot.store.CrmSyncStore;
import app.bonusbot.store.HeldDeals;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where the sync from HubSpot stands: the cursor, the last success, the last error, the rate-limit headroom and the deals held back for want of an exchange rate. Asks HubSpot nothing.")
final class SyncStatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = store.open(false)) {
            ZoneId zone = app.config().settings().zone();
            Optional<CrmSyncState> state = new CrmSyncStore(app.database(), HubSpotSync.SOURCE).state();
            if (state.isEmpty()) {
                out.println("HubSpot sync: never run on " + store.address().describe() + " (set HUBSPOT_TOKEN and run 'bonusbot sync', or start the bot)");
                out.flush();
                return ExitCodes.OK;
            }
            CrmSyncState s = state.get();
            out.println("HubSpot sync" + s.portal().map(p -> " of portal " + p).orElse("") + " (" + zone + ")");
            out.println("  cursor:        " + s.cursor().describe());
            out.println("  last success:  " + s.lastSuccessAt().map(t -> when(t, zone)).orElse("never"));
            out.println("  last error:    " + s.lastError().map(e -> e + s.failingSince().map(f -> " (failing since " + when(f, zone) + ")").orElse(""))
                    .orElse("none"));
            String headroom = s.dailyLimit().isPresent() && s.dailyRemaining().isPresent()
                    ? String.format(Locale.ROOT, "%,d of %,d requests left today", s.dailyRemaining().get(), s.dailyLimit().get())
                            + s.headroomAt().map(t -> " (as of " + when(t, zone) + ")").orElse("")
                            + (s.dailyRemaining().get() < s.dailyLimit().get() / 10 ? " · the daily limit is nearly used" : "")
                    : "not reported by HubSpot yet";
            out.println("  rate limit:    " + headroom);
            // Deals that are stored but count for nothing until settings.yaml has their exchange rate (any source).
            List<HeldBackCount> held = new HeldDeals(app.database()).countsAt(app.config().settings().converter());
            out.println("  held back:     " + (held.isEmpty() ? "none" : held.get(0).describe()));
            held.stream().skip(1).forEach(h -> out.println("                 " + h.describe()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
