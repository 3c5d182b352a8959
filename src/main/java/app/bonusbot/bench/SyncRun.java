package app.bonusbot.bench;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.crm.hubspot.BackgroundSync;
import app.bonusbot.crm.hubspot.HubSpotConnection;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.crm.hubspot.SyncReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The sync part: the bench company's deals in a {@link LoopbackHubSpot}, read by the real {@link HubSpotSync} into the
 * bench's database (the first, full sync, beside {@link SyncFloor}); then the bot's background sync on the bot's
 * {@link Scheduler} at the poll interval, and changes made in HubSpot at random moments, each timed until the very next
 * {@code /bonus status} of its seller shows it (beside one incremental pass on its own).
 */
final class SyncRun {

    private static final String STATUS = "/bonus status";
    /** How often the seller asks while waiting for the change: the resolution of the freshness figure. */
    private static final Duration ASKING_EVERY = Duration.ofMillis(10);

    private final Application app;
    private final BenchOptions options;
    private final Random pick;
    private final Consumer<String> progress;
    private final HubSpotDealsCsv words;

    private SyncRun(Application app, BenchOptions options, Random pick, Consumer<String> progress) {
        this.app = app;
        this.options = options;
        this.pick = pick;
        this.progress = progress;
        this.words = new HubSpotDealsCsv(app.config().dealMapping());
    }

    /**
     * @param sellers the company's sellers, each an owner in HubSpot
     * @param onPlans the sellers whose status a change is looked for in
     */
    static BenchResult.SyncFigure run(Application app, List<Seller> sellers, List<Seller> onPlans, DateRange dealDates, BenchOptions options,
            Random pick, Consumer<String> progress) throws IOException {
        return new SyncRun(app, options, pick, progress).run(sellers, onPlans, dealDates);
    }

    private BenchResult.SyncFigure run(List<Seller> sellers, List<Seller> onPlans, DateRange dealDates) throws IOException {
        ZoneId zone = app.config().settings().zone();
        try (LoopbackHubSpot hub = LoopbackHubSpot.start(words, zone, sellers)) {
            // A generator of its own, so that the export's deals stay the same with or without this part.
            words.generate(sellers, options.syncDeals(), dealDates, new Random(options.seed() * 17 + 3), hub::putOld);
            int deals = hub.deals();
            HubSpotConnection bot = HubSpotConnection.fromEnvironment(hub.environment()).orElseThrow();
            progress.accept("bench: first HubSpot sync of " + deals + " deals from a loopback HubSpot at " + hub.url());
            HubSpotSync full = app.hubSpotSync(unlimited(bot));
            full.checkToken();
            long pageRequests = hub.dealPageRequests();
            long start = System.nanoTime();
            SyncReport report = full.pass(false);
            long fullNanos = System.nanoTime() - start;
            pageRequests = hub.dealPageRequests() - pageRequests;
            if (!report.succeeded() || report.inserted() != deals || report.heldBackTotal() > 0) {
                throw new IllegalStateException("the first sync of the bench's HubSpot did not insert each of its " + deals + " deals once:\n  "
                        + String.join("\n  ", report.lines()));
            }
            progress.accept("bench: the same pages fetched and parsed, nothing written");
            start = System.nanoTime();
            SyncFloor.run(hub.url(), LoopbackHubSpot.TOKEN);
            long floorNanos = System.nanoTime() - start;

            BackgroundSync background = new BotProcess(app).syncFromHubSpot(hub.environment(), line -> progress.accept("bench: " + line))
                    .orElseThrow(() -> new IllegalStateException("settings.yaml turns the HubSpot sync off (hubspot.sync: false)"));
            Duration interval = background.sync().pollInterval();
            Latencies freshness = new Latencies(options.syncChanges());
            // The scheduler on the wall clock, as the bot runs it: --today pins the business date, not the polling.
            try (background; Scheduler scheduler = new Scheduler(Clock.system(zone), List.of(background))) {
                scheduler.start();
                progress.accept("bench: " + options.syncChanges() + " changes in HubSpot at random moments, each until /bonus status shows it"
                        + " (polling every " + interval.toMillis() / 1000.0 + " s)");
                for (int i = 1; i <= options.syncChanges(); i++) {
                    freshness.add(change(hub, onPlans, i, interval));
                }
            }
            Latencies pass = new Latencies(options.syncChanges());
            long passRequests = 0;
            for (int i = 1; i <= options.syncChanges(); i++) {
                hub.put(upsell(options.syncDeals() + options.syncChanges() + i, onPlans.get(pick.nextInt(onPlans.size()))));
                start = System.nanoTime();
                SyncReport incremental = background.sync().pass(false);
                pass.add(System.nanoTime() - start);
                if (!incremental.succeeded() || incremental.inserted() != 1) {
                    throw new IllegalStateException("an incremental pass did not pick up the one new deal:\n  " + String.join("\n  ", incremental.lines()));
                }
                passRequests = incremental.requests();
            }
            return new BenchResult.SyncFigure(deals, fullNanos, report.requests(), pageRequests, floorNanos, interval,
                    freshness.summary(), pass.summary(), passRequests, bot.requestsPerTenSeconds(), bot.searchesPerSecond());
        }
    }

    /** At a random moment of the interval, a new won deal of a seller on plans; the time until their status shows it. */
    private long change(LoopbackHubSpot hub, List<Seller> onPlans, int number, Duration interval) {
        Seller seller = onPlans.get(pick.nextInt(onPlans.size()));
        CommandHandler handler = app.commands();
        List<Block> before = withoutFreshness(handler, seller);
        sleep(Duration.ofMillis(pick.nextLong(Math.max(1, interval.toMillis()))));
        hub.put(upsell(options.syncDeals() + number, seller));
        long changed = System.nanoTime();
        long deadline = changed + interval.multipliedBy(2).plusSeconds(60).toNanos();
        while (withoutFreshness(handler, seller).equals(before)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a won upsell of " + seller.id() + " closing today did not show in their /bonus status within "
                        + Duration.ofNanos(deadline - changed).toSeconds() + " s: is their team on a plan that counts upsells?");
            }
            sleep(ASKING_EVERY);
        }
        return System.nanoTime() - changed;
    }

    private HubSpotDealsCsv.GeneratedDeal upsell(int number, Seller seller) {
        return words.wonUpsell(number, seller, app.today().atTime(LocalTime.of(10, 0)), new BigDecimal("25000.00"));
    }

    /** The answer without its small print, which says how fresh the data is and so changes with every pass. */
    private static List<Block> withoutFreshness(CommandHandler handler, Seller seller) {
        return handler.handle(seller.id(), STATUS).blocks().stream().filter(b -> !(b instanceof Block.Context)).toList();
    }

    /** The bot's connection with the client's own rate limiting lifted: the first sync's figure is the bot's work, not HubSpot's limits. */
    private static HubSpotConnection unlimited(HubSpotConnection c) {
        return new HubSpotConnection(c.baseUrl(), c.token(), c.maxAttempts(), c.firstBackoff(), c.longestWait(), Integer.MAX_VALUE, Integer.MAX_VALUE,
                c.lookback(), c.archivedEvery());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the bench was interrupted", e);
        }
    }
}
