package app.bonusbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.crm.hubspot.HubSpotConnection;
import app.bonusbot.crm.hubspot.HubSpotSync;
import app.bonusbot.crm.hubspot.SyncReport;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.store.ImportKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's loopback HubSpot, read by the real HubSpot client and sync: what it serves is what the sync understands. */
class LoopbackHubSpotTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private Application app;
    private List<Seller> sellers;
    private HubSpotDealsCsv words;

    @BeforeEach
    void a_company_with_three_generated_sellers() throws Exception {
        app = Application.open(DemoCompany.configCopy(dir), dir.resolve("bench.db"),
                zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone), false);
        sellers = PeopleCsv.sellers(3, app.config().directory());
        Path people = dir.resolve("people.csv");
        PeopleCsv.write(people, sellers, LocalDate.of(2026, 1, 1), new Random(1));
        assertTrue(app.importer(ImportKind.PEOPLE).importFile(people, ImportProgress.NONE).succeeded());
        words = new HubSpotDealsCsv(app.config().dealMapping());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_full_sync_reads_every_deal_once_and_an_incremental_pass_picks_up_a_change() throws Exception {
        try (LoopbackHubSpot hub = LoopbackHubSpot.start(words, app.config().settings().zone(), sellers)) {
            // GIVEN 250 generated deals in the loopback HubSpot (three list pages), the sellers as their owners
            words.generate(sellers, 250, new DateRange(LocalDate.of(2026, 1, 1), TODAY), new Random(7), hub::putOld);
            HubSpotSync sync = app.hubSpotSync(HubSpotConnection.fromEnvironment(hub.environment()).orElseThrow());

            // WHEN the bot checks its token and runs its first sync, through the real HTTP client
            String portal = sync.checkToken().describe();
            SyncReport full = sync.pass(false);

            // THEN every deal was inserted exactly once, with its owner matched to a seller and nothing held back
            assertTrue(portal.startsWith("HubSpot portal 4711") && portal.endsWith("the token has every scope the sync needs"), portal);
            assertTrue(full.succeeded(), full.lines().toString());
            assertEquals(List.of(250, 0, 0, 0), List.of(full.inserted(), full.updated(), full.removed(), full.heldBackTotal()), full.lines().toString());
            assertEquals(250, count("SELECT count(*) FROM deals WHERE deal_id LIKE '200000%' AND owner_id LIKE 'bench.seller.%'"));
            assertEquals(250, count("SELECT count(DISTINCT deal_id) FROM deals WHERE product IS NOT NULL AND deal_id LIKE '200000%'"));

            // WHEN deal 7 becomes a won upsell of 25,000 for the first seller in HubSpot, and the next pass runs
            hub.put(words.wonUpsell(7, sellers.get(0), TODAY.atTime(10, 0), new BigDecimal("25000.00")));
            SyncReport incremental = sync.pass(false);

            // THEN that pass searched the changes and updated that one deal, nothing else
            assertEquals("incremental", incremental.kind());
            assertEquals(List.of(0, 1, 0), List.of(incremental.inserted(), incremental.updated(), incremental.removed()), incremental.lines().toString());
            assertEquals(1, count("SELECT count(*) FROM deals WHERE deal_id = '20000000007' AND amount_cents = 2500000 AND outcome = 'won'"
                    + " AND owner_id = '" + sellers.get(0).id() + "' AND product = 'Analytics add-on' AND close_date = '2026-11-27'"));
        }
    }

    private int count(String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
