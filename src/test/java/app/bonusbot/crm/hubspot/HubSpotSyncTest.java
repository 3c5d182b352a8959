package app.bonusbot.crm.hubspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.store.CrmSyncState;
import app.bonusbot.store.LedgerDeal;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync against a loopback HubSpot, through the real HTTP client, into a real SQLite ledger. */
class HubSpotSyncTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final DateRange Q4 = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    private static final String CLOSED_NOV = "2026-11-10T00:00:00Z";

    @TempDir
    Path dir;

    private FakeHubSpot hub;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        hub = new FakeHubSpot();
        hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
        hub.owner("102", "sofie.berg@nordlys.example", "Sofie", "Berg");
        Path config = DemoCompany.configCopy(dir);
        app = Application.open(config, dir.resolve("bonusbot.db"), zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
    }

    @AfterEach
    void stop() {
        app.close();
        hub.close();
    }

    private HubSpotSync sync() {
        return app.hubSpotSync(hub.connection(Duration.ZERO));
    }

    private void won(String id, String owner, String amount) {
        hub.deal(id, "dealname", "Deal " + id, "amount", amount, "closedate", CLOSED_NOV, "dealstage", "closedwon", "pipeline", "default",
                "hubspot_owner_id", owner, "dealtype", "newbusiness");
    }

    private BigDecimal wonBy(String person) {
        return app.ledger().tally(person, Q4, DealFilter.ANY).wonAmount();
    }

    private LedgerDeal deal(String id) {
        return app.ledger().find(id).orElseThrow(() -> new AssertionError("deal " + id + " is not in the ledger"));
    }

    @Test
    void a_full_read_then_an_incremental_pass_picks_up_a_new_deal_an_amount_an_owner_won_to_lost_a_deletion_and_a_merge() {
        // GIVEN five won deals and an open one in HubSpot, read in full
        won("1001", "101", "100000");
        won("1002", "101", "50000");
        hub.deal("1003", "dealname", "Open one", "amount", "9000", "dealstage", "contractsent", "pipeline", "default", "hubspot_owner_id", "102");
        won("1004", "101", "20000");
        won("1005", "102", "30000");
        won("1007", "101", "5000");
        hub.lineItem("1001", "9001", "Analytics add-on", "60000");
        hub.lineItem("1001", "9002", "Core licence", "40000");
        SyncReport first = sync().pass(true);
        assertTrue(first.succeeded(), first.lines().toString());
        assertEquals(6, first.inserted(), first.lines().toString());
        assertEquals(new BigDecimal("175000.00"), wonBy("anna.holm"));
        assertEquals("Analytics add-on", deal("1001").deal().product(), "the product is the deal's largest line item");

        // WHEN HubSpot gets a new deal, an amount change, an owner change, a won deal lost, a deletion and a merge
        won("1006", "102", "10000");
        hub.deal("1001", "amount", "120000");
        hub.deal("1002", "hubspot_owner_id", "102");
        hub.deal("1004", "dealstage", "closedlost");
        hub.delete("1005");
        hub.merge("1001", "1007");
        SyncReport second = sync().pass(true);

        // THEN each lands once, the figures move with them, and what stopped counting is in the history
        assertTrue(second.succeeded(), second.lines().toString());
        assertEquals(1, second.inserted(), second.lines().toString());
        assertEquals(3, second.updated(), second.lines().toString());
        assertEquals(2, second.removed(), second.lines().toString());
        assertTrue(second.lines().get(0).contains("1 inserted, 3 updated, 2 removed, 0 held back"), second.lines().get(0));
        assertEquals(new BigDecimal("120000.00"), wonBy("anna.holm"), "1001 at its new amount; 1002 moved, 1004 lost, 1007 merged away");
        assertEquals(new BigDecimal("60000.00"), wonBy("sofie.berg"), "1002 moved to Sofie, 1006 new, 1005 deleted");
        assertEquals(Outcome.LOST, deal("1004").deal().outcome());
        assertEquals("deleted in HubSpot", deal("1005").deal().stage());
        assertEquals("merged into deal 1001", deal("1007").deal().stage());
        assertEquals("won", app.ledger().history("1005").get(0).previousValues().get("outcome"));
        assertEquals("100000.00", app.ledger().history("1001").get(0).previousValues().get("amount"));
        assertEquals("anna.holm@nordlys.example", app.ledger().history("1002").get(0).previousValues().get("owner"));

        // AND a pass with nothing new changes nothing
        SyncReport third = sync().pass(true);
        assertEquals(0, third.inserted() + third.updated() + third.removed(), third.lines().toString());
        assertEquals(2, app.ledger().version("1001").orElseThrow());
    }

    @Test
    void more_than_ten_thousand_changed_deals_with_hundreds_in_one_millisecond_across_pages_are_each_applied_exactly_once() {
        // GIVEN a synced, empty HubSpot
        assertTrue(sync().pass(true).succeeded());
        // WHEN 10,450 deals change: 150, then 450 in one and the same millisecond, then 9,850 more
        for (int i = 0; i < 150; i++) {
            won(Integer.toString(20_000 + i), "101", "10");
        }
        long sameMillisecond = hub.tick();
        for (int i = 0; i < 450; i++) {
            hub.dealModifiedAt(sameMillisecond, Integer.toString(30_000 + i * 7 % 450), "dealname", "Same " + i, "amount", "10", "closedate", CLOSED_NOV,
                    "dealstage", "closedwon", "pipeline", "default", "hubspot_owner_id", "102", "dealtype", "newbusiness");
        }
        for (int i = 0; i < 9_850; i++) {
            won(Integer.toString(40_000 + i), "102", "1");
        }
        SyncReport report = sync().pass(false);

        // THEN every deal is in the ledger once, at its first version, and the search never went past its cap
        assertTrue(report.succeeded(), report.lines().toString());
        assertEquals(10_450, report.inserted(), report.lines().toString());
        assertEquals(10_450, app.ledger().count());
        assertEquals(new BigDecimal("1500.00"), wonBy("anna.holm"));
        assertEquals(new BigDecimal("14350.00"), wonBy("sofie.berg"), "450 × 10 + 9,850 × 1");
        assertTrue(hub.count("POST /crm/v3/objects/deals/search") > 10_000 / HubSpotApi.SEARCH_PAGE);
        for (String id : new String[] {"20149", "30000", "30199", "30200", "30449", "40000", "49849"}) {
            assertEquals(1, app.ledger().version(id).orElseThrow(), "deal " + id);
        }
        // AND the next pass applies none of them again
        SyncReport again = sync().pass(false);
        assertEquals(0, again.inserted() + again.updated() + again.removed(), again.lines().toString());
    }

    @Test
    void rate_limited_and_failing_answers_are_waited_out_and_nothing_is_lost() {
        // GIVEN deals, and a HubSpot that first answers 429 with Retry-After, then 503
        won("1001", "101", "100000");
        won("1002", "102", "50000");
        hub.failNext("/crm/v3/objects/deals", 2, 429, "1", "You have reached your ten_secondly_rolling limit.");
        hub.failNext("/crm/v3/owners", 1, 503, null, "Service unavailable");
        // WHEN a pass runs
        SyncReport report = sync().pass(true);
        // THEN it waited, tried again and got everything
        assertTrue(report.succeeded(), report.lines().toString());
        assertEquals(2, report.inserted());
        assertEquals(3, hub.count("GET /crm/v3/objects/deals?limit=100&archived=false"), hub.requests.toString());
        assertEquals(2, hub.count("GET /crm/v3/owners"));
    }

    @Test
    void a_hubspot_that_keeps_failing_is_recorded_with_since_when_and_the_next_success_clears_it() {
        // GIVEN a HubSpot that answers 500 to every try of one pass
        won("1001", "101", "100000");
        hub.failNext("/crm/v3/owners", 4, 500, null, "internal error");
        // WHEN the pass runs
        SyncReport failed = sync().pass(true);
        // THEN it failed in words, wrote nothing, and the store says since when
        assertFalse(failed.succeeded());
        assertTrue(failed.failure().orElseThrow().contains("HubSpot answered 500 (internal error); gave up after 4 attempts"), failed.failure().get());
        assertEquals(0, app.ledger().count());
        CrmSyncState state = sync().state().orElseThrow();
        assertTrue(state.failingSince().isPresent());
        assertTrue(state.lastError().orElseThrow().contains("500"));
        // AND the next pass succeeds and clears it
        assertTrue(sync().pass(true).succeeded());
        assertTrue(sync().state().orElseThrow().failingSince().isEmpty());
        assertEquals(1, app.ledger().count());
    }

    @Test
    void a_crash_between_pages_resumes_from_the_stored_cursor_losing_and_doubling_nothing() {
        // GIVEN 250 deals, three pages of the list
        for (int i = 0; i < 250; i++) {
            won(Integer.toString(5000 + i), i % 2 == 0 ? "101" : "102", "100");
        }
        // WHEN the first pass dies right after its first page is committed
        HubSpotSync dying = sync();
        AtomicInteger pages = new AtomicInteger();
        dying.afterEachPage(() -> {
            if (pages.incrementAndGet() == 1) {
                throw new IllegalStateException("killed between pages");
            }
        });
        SyncReport crashed = dying.pass(true);
        assertFalse(crashed.succeeded());
        assertEquals(100, app.ledger().count(), "the committed page stays");
        // AND a new sync starts from the stored cursor
        SyncReport resumed = sync().pass(true);

        // THEN it reads on from the second page, and every deal is there once
        assertTrue(resumed.succeeded(), resumed.lines().toString());
        assertEquals(150, resumed.inserted());
        assertEquals(250, app.ledger().count());
        assertTrue(hub.requests.stream().filter(r -> r.startsWith("GET /crm/v3/objects/deals?")).anyMatch(r -> r.contains("after=100")), hub.requests.toString());
        assertEquals(1, hub.requests.stream().filter(r -> r.startsWith("GET /crm/v3/objects/deals?") && r.contains("archived=false") && !r.contains("after=")).count(),
                "the first page is read once");
        assertEquals(new BigDecimal("12500.00"), wonBy("anna.holm"));
        assertTrue(app.ledger().history("5000").isEmpty());
    }

    @Test
    void a_deal_in_another_currency_is_held_back_for_want_of_a_rate_and_a_blank_currency_is_the_company_one() {
        // GIVEN deals in DKK, in no stated currency, and in EUR, for which settings.yaml has no rate
        won("1001", "101", "1000");
        hub.deal("1001", "deal_currency_code", "DKK");
        won("1002", "101", "2000");
        won("1003", "101", "3000");
        hub.deal("1003", "deal_currency_code", "EUR");
        // WHEN synced
        SyncReport report = sync().pass(true);
        // THEN the EUR deal is held back and reported, never counted as DKK; it is kept, to count once a rate is added
        assertEquals(3, report.inserted());
        assertEquals(1, report.heldBackTotal());
        String reason = report.heldBack().keySet().iterator().next();
        assertTrue(reason.startsWith("no exchange rate for EUR"), reason);
        assertTrue(report.lines().contains("  held back: 1 × " + reason), report.lines().toString());
        assertTrue(deal("1003").deal().held());
        assertEquals(new BigDecimal("3000.00"), wonBy("anna.holm"));
        // AND a second pass changes nothing
        SyncReport again = sync().pass(false);
        assertEquals(0, again.inserted() + again.updated() + again.removed(), again.lines().toString());
    }

    @Test
    void a_deal_in_a_currency_with_a_rate_counts_converted_at_its_close_dates_rate() throws Exception {
        // GIVEN a rate for euros and a won deal of 1,000.05 EUR
        app.close();
        Path settings = dir.resolve("bot-config/settings.yaml");
        Files.writeString(settings, Files.readString(settings) + "\nexchange_rates:\n  EUR: 7.46\n");
        app = Application.open(dir.resolve("bot-config"), dir.resolve("bonusbot.db"),
                zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
        won("1001", "101", "1000.05");
        hub.deal("1001", "deal_currency_code", "EUR");
        // WHEN synced
        SyncReport report = sync().pass(true);
        // THEN it counts as 7,460.37 DKK (7,460.373 rounded half up), its euros and the rate kept for explain
        assertEquals(0, report.heldBackTotal(), report.lines().toString());
        assertEquals(new BigDecimal("7460.37"), wonBy("anna.holm"));
        assertEquals(new BigDecimal("7.46"), deal("1001").deal().foreign().rate());
        assertEquals(new BigDecimal("1000.05"), deal("1001").deal().foreign().amount());
    }

    @Test
    void won_and_lost_come_from_stage_metadata_unless_mapped_and_a_stage_neither_tells_is_held_back_by_name() {
        // GIVEN a closed stage at probability 1 nobody mapped, one at 0.5, and a deal in another pipeline
        hub.deal("1001", "amount", "700", "closedate", CLOSED_NOV, "dealstage", "7001", "pipeline", "default", "hubspot_owner_id", "101");
        hub.deal("1002", "amount", "800", "closedate", CLOSED_NOV, "dealstage", "7002", "pipeline", "default", "hubspot_owner_id", "101");
        hub.deal("1003", "amount", "900", "closedate", CLOSED_NOV, "dealstage", "8001", "pipeline", "renewals", "hubspot_owner_id", "101");
        // WHEN synced
        SyncReport report = sync().pass(true);
        // THEN the first is won by its metadata, the second is held back naming its stage, the third counts in its pipeline
        assertEquals(Outcome.WON, deal("1001").deal().outcome());
        assertEquals("Signed, awaiting payment", deal("1001").deal().stage());
        assertTrue(report.heldBack().keySet().stream().anyMatch(r -> r.startsWith("stage 'On hold' (7002) of pipeline 'Sales Pipeline' is not mapped")),
                report.heldBack().toString());
        assertEquals("renewals", deal("1003").deal().pipeline(), "import.hubspot maps the label Renewals to renewals");
        assertEquals("default", deal("1001").deal().pipeline(), "Sales Pipeline is mapped to default by import.hubspot");
    }

    @Test
    void the_token_check_names_the_portal_and_each_missing_scope_in_words() {
        // GIVEN a private app without the owners scope
        hub.withoutScope("crm.objects.owners.read");
        // WHEN the token is checked
        TokenCheck check = sync().checkToken();
        // THEN it names the portal and what the missing scope is for
        assertEquals("4711", check.portal());
        assertTrue(check.describe().startsWith("HubSpot portal 4711 (app-eu1.hubspot.com): the private app lacks crm.objects.owners.read (to read the deal owners"),
                check.describe());
        assertFalse(check.describe().contains(FakeHubSpot.TOKEN), "the token is never shown");
    }
}
