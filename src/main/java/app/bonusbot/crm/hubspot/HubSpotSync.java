package app.bonusbot.crm.hubspot;

import app.bonusbot.core.people.OwnerIndex;
import app.bonusbot.imports.CrmDealValues;
import app.bonusbot.store.CrmCursor;
import app.bonusbot.store.CrmSyncState;
import app.bonusbot.store.CrmSyncStore;
import app.bonusbot.store.Database;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.LedgerDeal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync passes from HubSpot into the deal ledger. The first pass reads every deal (the list endpoint, {@code after}
 * paging); every later one reads the deals modified since the cursor through the search endpoint, sorted by
 * {@code hs_lastmodifieddate}. Each page is written with the cursor after it in one transaction, so a pass stopped at
 * any point (a crash, a failure) goes on from the last committed page, losing and doubling nothing.
 *
 * <p>Searches walk by key, not by offset: each query starts after the (modified time, id) last applied, so the search
 * API's cap of 10,000 results per query is never reached, and deals modified in one millisecond are read in id order
 * when a page ends among them, each exactly once. A pass never throws: a failure is recorded ({@code sync status},
 * the status answer's "failed since") and the next pass tries again.
 */
public final class HubSpotSync {

    public static final String SOURCE = "hubspot";

    private static final Logger log = LoggerFactory.getLogger(HubSpotSync.class);

    private final HubSpotApi api;
    private final CrmSyncStore store;
    private final DirectoryStore directory;
    private final SyncSetup setup;
    private final CrmDealValues values;
    private final Clock wallClock;
    private final Set<String> reported = new HashSet<>();
    private Runnable afterEachPage = () -> { };
    private Instant archivedReadAt = Instant.MIN;
    private String portal;

    HubSpotSync(HubSpotApi api, CrmSyncStore store, DirectoryStore directory, SyncSetup setup, Clock wallClock) {
        this.api = api;
        this.store = store;
        this.directory = directory;
        this.setup = setup;
        this.values = new CrmDealValues(setup.mapping());
        this.wallClock = wallClock;
    }

    /** The sync of this database from the HubSpot the connection names. */
    public static HubSpotSync of(HubSpotClient client, Database db, SyncSetup setup) {
        return new HubSpotSync(new HubSpotApi(client), new CrmSyncStore(db, SOURCE), new DirectoryStore(db), setup, Clock.systemUTC());
    }

    /** For tests: run after each page is committed, before the next is read (a crash between pages). */
    void afterEachPage(Runnable hook) {
        this.afterEachPage = hook;
    }

    public java.time.Duration pollInterval() {
        return setup.settings().pollInterval();
    }

    public HubSpotClient client() {
        return api.client();
    }

    public Optional<CrmSyncState> state() {
        return store.state();
    }

    /** Checks the token once: the portal it reaches and the scopes it lacks, in words. Throws when HubSpot refuses it. */
    public TokenCheck checkToken() {
        TokenCheck check = TokenCheck.of(api, setup.readProducts());
        portal = check.portal();
        return check;
    }

    /** The next full read starts from the first deal ({@code bonusbot sync --full}). */
    public void restartFull() {
        store.restartFull();
    }

    /**
     * One pass: the rest of a full read when one is under way (or none was ever done), else the changes since the cursor;
     * and the deleted deals when {@code readArchived} or it has been a while.
     */
    public synchronized SyncReport pass(boolean readArchived) {
        long startRequests = api.client().requests();
        Instant started = wallClock.instant();
        CrmCursor cursor = store.cursor();
        SyncReport.Tally tally = new SyncReport.Tally(cursor.full() ? "full" : "incremental");
        Optional<String> failure = Optional.empty();
        try {
            Context context = context();
            if (cursor.full()) {
                fullRead(context, cursor, tally);
            } else {
                incremental(context, cursor, tally);
            }
            if (readArchived || cursor.full() || !started.isBefore(archivedReadAt.plus(api.client().connection().archivedEvery()))) {
                archived(context, tally);
                archivedReadAt = started;
            }
            store.recordSuccess(wallClock.instant(), portal);
        } catch (RuntimeException e) {
            failure = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("HubSpot sync failed: {}", failure.get());
            try {
                store.recordFailure(wallClock.instant(), failure.get());
            } catch (RuntimeException notRecorded) {
                log.warn("could not record the failed sync: {}", notRecorded.getMessage());
            }
        }
        recordHeadroom();
        SyncReport report = tally.done(api.client().requests() - startRequests, Duration.between(started, wallClock.instant()), failure);
        try {
            store.recordPass(wallClock.instant(), report.kind(), report.inserted(), report.updated(), report.removed());
        } catch (RuntimeException e) {
            log.warn("could not record the sync pass in the audit log: {}", e.getMessage());
        }
        report.heldBack().keySet().stream().filter(reported::add).forEach(reason -> log.warn("HubSpot sync holds deals back: {}", reason));
        return report;
    }

    private void recordHeadroom() {
        RateHeadroom headroom = api.client().headroom();
        if (headroom.daily().isPresent() || headroom.dailyRemaining().isPresent()) {
            try {
                store.recordHeadroom(wallClock.instant(), headroom.daily().isPresent() ? headroom.daily().getAsLong() : null,
                        headroom.dailyRemaining().isPresent() ? headroom.dailyRemaining().getAsLong() : null);
            } catch (RuntimeException e) {
                log.debug("rate-limit headroom not recorded: {}", e.getMessage());
            }
        }
    }

    /** What every page of a pass is judged with: HubSpot's owners and stages, and the people as stored now. */
    private record Context(DealTranslator translator) {}

    private Context context() {
        Map<String, HubSpotOwner> owners = new HashMap<>();
        api.owners().forEach(o -> owners.put(o.id(), o));
        StageBook stages = new StageBook(api.pipelines(), values);
        OwnerIndex people = OwnerIndex.of(directory.loadDirectory().people());
        return new Context(new DealTranslator(owners, people, stages, values, setup.settings(), setup.zone(), setup.currency()));
    }

    private void fullRead(Context context, CrmCursor cursor, SyncReport.Tally tally) {
        long anchor = cursor.fullAfter() == null ? wallClock.millis() - api.client().connection().lookback().toMillis() : cursor.fullAnchorMs();
        String after = cursor.fullAfter();
        do {
            DealPage page = api.listDeals(after, false);
            CrmCursor next = page.after().isPresent() ? new CrmCursor(true, page.after().get(), anchor, 0, null) : CrmCursor.incremental(anchor, null);
            write(context, page.deals(), next, tally, "HubSpot sync (full)");
            after = page.after().orElse(null);
        } while (after != null);
    }

    private void incremental(Context context, CrmCursor cursor, SyncReport.Tally tally) {
        long lookback = api.client().connection().lookback().toMillis();
        long ms = lookback > 0 ? cursor.modifiedMs() - lookback : cursor.modifiedMs();
        String id = lookback > 0 ? null : cursor.lastId();
        while (true) {
            List<HubSpotDeal> deals = api.searchModifiedAfter(ms, id).deals();
            if (deals.isEmpty()) {
                return;
            }
            long newest = deals.stream().mapToLong(HubSpotDeal::modifiedMs).max().getAsLong();
            if (deals.size() < HubSpotApi.SEARCH_PAGE) {
                // Every deal that matched: the newest millisecond's deals are all here.
                write(context, deals, CrmCursor.incremental(newest, greatestId(deals, newest)), tally, "HubSpot sync");
                return;
            }
            List<HubSpotDeal> older = deals.stream().filter(d -> d.modifiedMs() < newest).toList();
            if (!older.isEmpty()) {
                // The newest millisecond may go on in the next page: take the older ones, start the next query after them.
                long last = older.stream().mapToLong(HubSpotDeal::modifiedMs).max().getAsLong();
                String lastId = greatestId(older, last);
                write(context, older, CrmCursor.incremental(last, lastId), tally, "HubSpot sync");
                ms = last;
                id = lastId;
                continue;
            }
            // A whole page modified in one millisecond: walk that millisecond by id.
            String groupId = newest == ms ? id : null;
            String walkedFrom = groupId;
            while (true) {
                List<HubSpotDeal> same = api.searchModifiedAt(newest, groupId).deals();
                if (same.isEmpty()) {
                    break;
                }
                groupId = greatestId(same, newest);
                write(context, same, CrmCursor.incremental(newest, groupId), tally, "HubSpot sync");
                if (same.size() < HubSpotApi.SEARCH_PAGE) {
                    break;
                }
            }
            if (java.util.Objects.equals(groupId, walkedFrom)) {
                // HubSpot's two searches disagree (its index is changing): the next pass goes on from here.
                return;
            }
            ms = newest;
            id = groupId;
        }
    }

    /** Deleted deals that still count stop counting; read in pages of the list endpoint with archived=true. */
    private void archived(Context context, SyncReport.Tally tally) {
        String after = null;
        do {
            DealPage page = api.listDeals(after, true);
            write(context, page.deals(), null, tally, "HubSpot sync (deleted deals)");
            after = page.after().orElse(null);
        } while (after != null);
    }

    private void write(Context context, List<HubSpotDeal> deals, CrmCursor next, SyncReport.Tally tally, String what) {
        Map<String, LedgerDeal> stored = store.stored(PageDecision.idsToLookUp(deals));
        Map<String, String> products = setup.readProducts() ? products(deals) : Map.of();
        PageDecision decision = PageDecision.of(deals, stored, products, context.translator());
        store.writePage(what, decision.writes(), next);
        tally.add(decision);
        afterEachPage.run();
    }

    /** Each deal's product: the name of its line item with the largest amount (the first by name on a tie). */
    private Map<String, String> products(List<HubSpotDeal> deals) {
        List<String> ids = deals.stream().filter(d -> !d.archived()).map(HubSpotDeal::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> itemIds = api.lineItemIds(ids);
        Set<String> all = new HashSet<>();
        itemIds.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<String, HubSpotApi.LineItem> items = api.lineItems(all);
        Map<String, String> products = new LinkedHashMap<>();
        itemIds.forEach((deal, its) -> its.stream().map(items::get).filter(i -> i != null && i.name() != null)
                .max(Comparator.comparing(HubSpotApi.LineItem::amount).thenComparing(HubSpotApi.LineItem::name, Comparator.reverseOrder()))
                .ifPresent(i -> products.put(deal, i.name())));
        return products;
    }

    /** The greatest id among the deals modified at {@code ms}, as numbers compare (HubSpot's ids are whole numbers). */
    static String greatestId(List<HubSpotDeal> deals, long ms) {
        return deals.stream().filter(d -> d.modifiedMs() == ms).map(HubSpotDeal::id)
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
    }
}
