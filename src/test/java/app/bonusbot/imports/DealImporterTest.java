package app.bonusbot.imports;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.COPENHAGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import app.bonusbot.store.DealRevision;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.ImportLog;
import app.bonusbot.store.LedgerDeal;
import app.bonusbot.store.StoreFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealImporterTest {

    private static final String PLAIN_HEADER = "deal_id,name,amount,close_date,stage,owner,deal_type,product,pipeline\n";

    @TempDir
    Path dir;

    private Database db;
    private DealLedger ledger;
    private DirectoryStore directory;
    private DealImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bonusbot.db"), CLOCK);
        directory = new DirectoryStore(db);
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);
        ledger = new DealLedger(db);
        importer = importerWith(DealMapping.hubspotDefault());
    }

    /** A DKK company without exchange rates. */
    private static final CurrencyConverter DKK_ONLY = new CurrencyConverter(Currency.getInstance("DKK"), ExchangeRates.NONE);

    /** EUR at 7.45 DKK from 2026-01-01 and 7.46 from 2026-07-01; no other currency. */
    private static final CurrencyConverter DKK_WITH_EUR = new CurrencyConverter(Currency.getInstance("DKK"), new ExchangeRates(Map.of(
            Currency.getInstance("EUR"), List.of(new ExchangeRates.Step(LocalDate.of(2026, 1, 1), new BigDecimal("7.45")),
                    new ExchangeRates.Step(LocalDate.of(2026, 7, 1), new BigDecimal("7.46"))))));

    /** An importer for a company whose currency is DKK. */
    private DealImporter importerWith(DealMapping mapping) {
        return new DealImporter(ledger, directory, mapping, COPENHAGEN, DKK_ONLY);
    }

    /** HubSpot's default mapping with other date patterns. */
    private static DealMapping withDateFormats(String... patterns) {
        DealMapping d = DealMapping.hubspotDefault();
        return new DealMapping(d.columns(), d.wonStages(), d.lostStages(), d.openStages(), List.of(patterns), d.dealTypes(), d.pipelines());
    }

    private static List<String> errors(ImportResult result) {
        return result.errors().stream().map(ImportError::toString).toList();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Deal stored(String id) {
        return ledger.find(id).orElseThrow().deal();
    }

    @Test
    void a_plain_file_is_imported_with_owners_found_by_id_email_or_name() throws IOException {
        // given
        Path csv = file("deals.csv", PLAIN_HEADER
                + "D-1,Acme licence,12500,2026-10-01,won,anna,New,Licens,Enterprise\n"
                + "D-2,Beta support,12500.50,2026-10-02,lost,BO@example.com,upsell,,\n"
                + "D-3,Gamma,,,open,Carla Holm,,,\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), result.summary().toString());
        assertEquals(List.of("deals.csv: 3 inserted, 0 updated, 0 unchanged, 0 rejected"), result.summary());
        assertEquals(new Deal("D-1", "Acme licence", new BigDecimal("12500.00"), LocalDate.of(2026, 10, 1), "won", Outcome.WON, "anna", "new", "Licens",
                "Enterprise"), stored("D-1"));
        assertEquals("bo", stored("D-2").ownerId());
        assertEquals(Outcome.LOST, stored("D-2").outcome());
        assertEquals(new BigDecimal("0.00"), stored("D-3").amount());
        assertNull(stored("D-3").closeDate());
        assertEquals("carla", stored("D-3").ownerId());
        assertEquals(1, new ImportLog(db).recent(10).size());
    }

    @Test
    void importing_the_same_file_again_changes_nothing() throws IOException {
        // given
        Path csv = file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-10-01,won,anna,new,,\nD-2,Beta,200,2026-10-02,won,bo,new,,\n");
        importer.importFile(csv, ImportProgress.NONE);

        // when
        ImportResult again = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertEquals(List.of(0, 0, 2), List.of(again.inserted(), again.updated(), again.unchanged()));
        assertEquals(1, ledger.version("D-1").orElseThrow());
        assertTrue(ledger.history("D-1").isEmpty());
    }

    @Test
    void a_changed_deal_is_updated_and_its_old_values_kept() throws IOException {
        // given
        importer.importFile(file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-10-01,open,anna,new,,\nD-2,Beta,200,2026-10-02,won,bo,new,,\n"),
                ImportProgress.NONE);

        // when
        ImportResult result = importer.importFile(
                file("deals.csv", PLAIN_HEADER + "D-1,Acme,150,2026-10-03,won,anna,new,,\nD-2,Beta,200,2026-10-02,won,bo,new,,\n"), ImportProgress.NONE);

        // then
        assertEquals(List.of(0, 1, 1), List.of(result.inserted(), result.updated(), result.unchanged()));
        assertEquals(new BigDecimal("150.00"), stored("D-1").amount());
        assertEquals(2, ledger.version("D-1").orElseThrow());
        List<DealRevision> history = ledger.history("D-1");
        assertEquals(1, history.size());
        assertEquals(Map.of("amount", "100.00", "close_date", "2026-10-01", "stage", "open", "outcome", "open"), history.get(0).previousValues());
    }

    @Test
    void a_file_with_bad_rows_changes_nothing_and_names_every_problem() throws IOException {
        // given
        importer.importFile(file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-10-01,won,anna,new,,\n"), ImportProgress.NONE);
        Path broken = file("deals.csv", PLAIN_HEADER
                + "D-1,Acme,999,2026-10-01,won,anna,new,,\n"
                + "D-2,Beta,\"12,5x\",2026-10-02,won,anna,,,\n"
                + "D-3,Gamma,12.345,2026-10-02,won,anna,,,\n"
                + "D-4,Delta,-5,2026-10-02,won,anna,,,\n"
                + "D-5,Epsilon,,2026-10-02,won,anna,,,\n"
                + "D-6,Zeta,10,30/10/2026,won,anna,,,\n"
                + "D-7,Eta,10,2026-10-02,maybe,anna,,,\n"
                + "D-1,Again,10,2026-10-02,won,anna,,,\n"
                + "D-9,Too few fields\n"
                + ",No id,10,,lost,anna,,,\n"
                + "D-11,Decimal comma,\"12500,50\",2026-10-02,won,anna,,,\n");

        // when
        ImportResult result = importer.importFile(broken, ImportProgress.NONE);

        // then
        assertFalse(result.succeeded());
        assertEquals(List.of(
                "deals.csv:3 amount: \"12,5x\" is not a number",
                "deals.csv:4 amount: \"12.345\" has more than 2 decimals",
                "deals.csv:5 amount: \"-5\" is negative",
                "deals.csv:6 amount: is required for a won deal",
                "deals.csv:7 close_date: \"30/10/2026\" is not a date; use yyyy-MM-dd, an ISO timestamp like 2026-09-30T22:30:00Z,"
                        + " or one of yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm:ss, M/d/yyyy, M/d/yyyy H:mm",
                "deals.csv:8 stage: \"maybe\" is not a known stage; known stages: won, lost, open",
                "deals.csv:9 deal_id: \"D-1\" is also on line 2",
                "deals.csv:10 has 2 fields, but the header has 9",
                "deals.csv:11 deal_id: is required",
                "deals.csv:11 close_date: is required for a lost deal",
                "deals.csv:12 amount: \"12500,50\" is not a number; write decimals with a dot, e.g. 12500.50"),
                result.errors().stream().map(ImportError::toString).toList());
        assertEquals(10, result.rejected());
        assertEquals(1, ledger.count());
        assertEquals(new BigDecimal("100.00"), stored("D-1").amount());
        assertEquals(1, new ImportLog(db).recent(10).size());
    }

    @Test
    void a_hubspot_export_is_read_through_the_mapping_with_dates_in_the_company_zone() throws IOException {
        // given
        Path csv = file("hubspot-deals.csv", "\uFEFF\"Deal ID\",\"Deal Name\",\"Amount\",\"Close Date\",\"Deal Stage\",\"Deal owner\",\"Deal Type\",\"Pipeline\",\"Create Date\"\r\n"
                + "\"9001\",\"Hansen, Jensen & Co\",\"125000\",\"2026-09-30T22:30:00Z\",\"Closed Won\",\"Anna Jensen\",\"New Business\",\"Sales Pipeline\",\"2026-08-01\"\r\n"
                + "\"9002\",\"Møller \"\"Big\"\" Deal\",\"4500.5\",\"2026-09-30T21:30:00Z\",\"closedlost\",\"bo@example.com\",\"existingbusiness\",\"Sales Pipeline\",\"\"\r\n"
                + "\"9003\",\"Open one\",\"\",\"\",\"Appointment Scheduled\",\"Bo Nielsen\",\"\",\"Sales Pipeline\",\"\"\r\n"
                + "\"9004\",\"US format\",\"100\",\"12/31/2026\",\"closedwon\",\"Carla Holm\",\"\",\"Sales Pipeline\",\"\"\r\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), result.summary().toString());
        assertEquals(new Deal("9001", "Hansen, Jensen & Co", new BigDecimal("125000.00"), LocalDate.of(2026, 10, 1), "Closed Won", Outcome.WON, "anna",
                "new", null, "default"), stored("9001"));
        Deal lost = stored("9002");
        assertEquals("Møller \"Big\" Deal", lost.name());
        assertEquals(LocalDate.of(2026, 9, 30), lost.closeDate());
        assertEquals(Outcome.LOST, lost.outcome());
        assertEquals("upsell", lost.dealType());
        assertEquals(new BigDecimal("4500.50"), lost.amount());
        assertEquals(Outcome.OPEN, stored("9003").outcome());
        assertEquals(LocalDate.of(2026, 12, 31), stored("9004").closeDate());
    }

    @Test
    void a_local_timestamp_keeps_its_own_date() throws IOException {
        // given
        Path csv = file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-09-30T23:30:00,won,anna,,,\nD-2,Beta,100,2026-09-30 23:59,won,anna,,,\n");

        // when
        importer.importFile(csv, ImportProgress.NONE);

        // then
        assertEquals(LocalDate.of(2026, 9, 30), stored("D-1").closeDate());
        assertEquals(LocalDate.of(2026, 9, 30), stored("D-2").closeDate());
    }

    @Test
    void an_unknown_owner_is_no_error_the_deal_is_stored_unlinked_and_the_owner_named() throws IOException {
        // given
        Path csv = file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-10-01,won,Dina Dahl,,,\nD-2,Beta,100,2026-10-01,won,dina dahl,,,\n"
                + "D-3,Gamma,100,2026-10-01,won,Xavier,,,\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded());
        assertEquals(List.of("Dina Dahl", "Xavier"), result.unmatchedOwners());
        assertNull(stored("D-1").ownerId());
        assertEquals(new LedgerDeal(stored("D-1"), "Dina Dahl"), ledger.find("D-1").orElseThrow());
    }

    @Test
    void a_header_that_fits_no_format_is_reported_on_line_one() throws IOException {
        // given
        Path csv = file("deals.csv", "id,amount\n1,100\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertEquals(List.of("deals.csv:1 the header fits neither the plain deal format (missing deal_id, close_date, stage, owner)"
                + " nor the CRM export mapping in settings.yaml (missing Deal ID, Close Date, Deal Stage, Deal owner)"),
                result.errors().stream().map(ImportError::toString).toList());
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_whole() throws IOException {
        // given
        Path csv = dir.resolve("deals.csv");
        Files.write(csv, (PLAIN_HEADER + "D-1,M\u00f8ller,100,2026-10-01,won,anna,,,\n").getBytes(StandardCharsets.ISO_8859_1));

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertEquals(List.of("deals.csv is not UTF-8 text; save it as \"CSV UTF-8\""), result.errors().stream().map(ImportError::toString).toList());
        assertEquals(0, ledger.count());
    }

    @Test
    void progress_reaches_the_total_number_of_rows() throws IOException {
        // given
        StringBuilder csv = new StringBuilder(PLAIN_HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append("D-").append(i).append(",Deal,100,2026-10-01,won,anna,,,\n");
        }
        List<long[]> calls = new ArrayList<>();

        // when
        importer.importFile(file("deals.csv", csv.toString()), (done, total) -> calls.add(new long[] {done, total}));

        // then
        long[] last = calls.get(calls.size() - 1);
        assertEquals(1500, last[0]);
        assertEquals(1500, last[1]);
    }

    /** A plain file of {@code count} won deals of anna's, D-0 onwards, with the given amount. */
    private static String manyDeals(int count, String amount) {
        StringBuilder csv = new StringBuilder(PLAIN_HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("D-").append(i).append(",Deal ").append(i).append(',').append(amount).append(",2026-10-01 09:30,won,anna,new,Licens,\n");
        }
        return csv.toString();
    }

    @Test
    void a_file_larger_than_what_waits_in_memory_is_written_whole_and_its_temporary_file_removed() throws IOException {
        // given a file with more deals than an import keeps in memory before writing
        Path spill = Files.createDirectories(dir.resolve("spill"));
        DealImporter spilling = new DealImporter(ledger, directory, DealMapping.hubspotDefault(), COPENHAGEN, DKK_ONLY, spill);
        int count = DealSpill.HELD_IN_MEMORY + 1500;
        List<Long> progress = new ArrayList<>();

        // when
        ImportResult result = spilling.importFile(file("deals.csv", manyDeals(count, "100.5")), (done, total) -> progress.add(total - done));

        // then
        assertTrue(result.succeeded(), result.summary().toString());
        assertEquals(count, result.inserted());
        assertEquals(count, ledger.count());
        assertEquals(new Deal("D-" + (count - 1), "Deal " + (count - 1), new BigDecimal("100.50"), LocalDate.of(2026, 10, 1), "won", Outcome.WON,
                "anna", "new", "Licens", null), stored("D-" + (count - 1)));
        assertEquals(0L, progress.get(progress.size() - 1));
        try (var left = Files.list(spill)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void a_bad_row_after_many_good_ones_writes_nothing_and_leaves_no_temporary_file() throws IOException {
        // given
        Path spill = Files.createDirectories(dir.resolve("spill"));
        DealImporter spilling = new DealImporter(ledger, directory, DealMapping.hubspotDefault(), COPENHAGEN, DKK_ONLY, spill);
        int count = DealSpill.HELD_IN_MEMORY + 1500;
        String csv = manyDeals(count, "100") + "D-5,Again,1,2026-10-01,won,anna,,,\n";

        // when
        ImportResult result = spilling.importFile(file("deals.csv", csv), ImportProgress.NONE);

        // then
        assertEquals(List.of("deals.csv:" + (count + 2) + " deal_id: \"D-5\" is also on line 7"), errors(result));
        assertEquals(0, ledger.count());
        assertTrue(new ImportLog(db).recent(10).isEmpty());
        try (var left = Files.list(spill)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void a_large_file_again_with_some_deals_changed_updates_those_and_leaves_the_rest() throws IOException {
        // given
        Path spill = Files.createDirectories(dir.resolve("spill"));
        DealImporter spilling = new DealImporter(ledger, directory, DealMapping.hubspotDefault(), COPENHAGEN, DKK_ONLY, spill);
        int count = DealSpill.HELD_IN_MEMORY + 10;
        spilling.importFile(file("deals.csv", manyDeals(count, "100")), ImportProgress.NONE);
        String changed = manyDeals(count, "100").replace("D-17,Deal 17,100,", "D-17,Deal 17,250,") + "E-1,New,5,2026-10-02,won,anna,,,\n";

        // when
        ImportResult result = spilling.importFile(file("deals.csv", changed), ImportProgress.NONE);

        // then
        assertEquals(List.of(1, 1, count - 1), List.of(result.inserted(), result.updated(), result.unchanged()));
        assertEquals(new BigDecimal("250.00"), stored("D-17").amount());
        assertEquals(List.of(Map.of("amount", "100.00")), ledger.history("D-17").stream().map(DealRevision::previousValues).toList());
    }

    @Test
    void hubspot_pipeline_names_are_mapped_to_the_names_plans_filter_on() throws IOException {
        // given HubSpot's default mapping names "Sales Pipeline" as the default pipeline
        Path csv = file("export.csv", "Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner,Deal Type,Pipeline\n"
                + "H-1,Acme,1000,2026-10-01,Closed won,anna,New Business,Sales Pipeline\n"
                + "H-2,Beta,2000,2026-10-02,Closed won,anna,New Business,Partner channel\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then mapped names are translated, others kept as written
        assertTrue(result.succeeded(), result.summary().toString());
        assertEquals("default", stored("H-1").pipeline());
        assertEquals("Partner channel", stored("H-2").pipeline());
    }

    @Test
    void a_hubspot_stage_the_mapping_does_not_know_is_a_rejected_row_naming_the_known_stages() throws IOException {
        // given "Lost" is in none of the default mapping's won, lost or open stages
        Path csv = file("export.csv", "Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner\n"
                + "H-1,Acme,1000,2026-10-01,Closed won,anna\n"
                + "H-2,Beta,2000,2026-10-02,Lost,anna\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then nothing is stored and the row is named with its line, column and the stages there are
        assertFalse(result.succeeded());
        assertEquals(List.of("export.csv:3 Deal Stage: \"Lost\" is not a known stage; known stages: won: closed won, closedwon;"
                + " lost: closed lost, closedlost; open: appointment scheduled, appointmentscheduled, contract sent, contractsent,"
                + " decision maker bought-in, decisionmakerboughtin, presentation scheduled, presentationscheduled, qualified to buy,"
                + " qualifiedtobuy (add it to won_stages, lost_stages or open_stages of import.hubspot in settings.yaml)"), errors(result));
        assertEquals(0, ledger.count());
    }

    @Test
    void hubspots_default_pipeline_stages_import_as_open_by_label_and_by_internal_name() throws IOException {
        // given the open stages of HubSpot's default pipeline, as labels and as internal names
        Path csv = file("export.csv", "Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner\n"
                + "H-1,A,100,2026-12-01,Appointment Scheduled,anna\n"
                + "H-2,B,100,2026-12-01,qualifiedtobuy,anna\n"
                + "H-3,C,100,2026-12-01,Presentation scheduled,anna\n"
                + "H-4,D,100,2026-12-01,Decision Maker Bought-In,anna\n"
                + "H-5,E,100,2026-12-01,contractsent,anna\n"
                + "H-6,F,100,2026-12-01,Closed Won,anna\n"
                + "H-7,G,100,2026-12-01,closedlost,anna\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(List.of(Outcome.OPEN, Outcome.OPEN, Outcome.OPEN, Outcome.OPEN, Outcome.OPEN, Outcome.WON, Outcome.LOST),
                List.of("H-1", "H-2", "H-3", "H-4", "H-5", "H-6", "H-7").stream().map(id -> stored(id).outcome()).toList());
    }

    @Test
    void a_row_in_another_currency_is_converted_at_the_rate_of_its_close_date_rounded_half_up_to_the_cent() throws IOException {
        // given a DKK company whose EUR rate changes on 1 July; HubSpot's Currency column says EUR on two rows
        DealImporter importer = new DealImporter(ledger, directory, DealMapping.hubspotDefault(), COPENHAGEN, DKK_WITH_EUR);
        Path csv = file("export.csv", "Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner,Currency\n"
                + "H-1,Acme,1000,2026-10-01,Closed won,anna,DKK\n"
                + "H-2,Beta,100.07,2026-06-30,Closed won,anna,EUR\n"
                + "H-3,Gamma,100.07,2026-07-01,Closed won,anna,eur\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then 100.07 × 7.45 = 745.5215 → 745.52; 100.07 × 7.46 = 746.5222 → 746.52; both keep the euro amount and rate
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(new BigDecimal("745.52"), stored("H-2").amount());
        assertEquals(new ForeignAmount(new BigDecimal("100.07"), Currency.getInstance("EUR"), new BigDecimal("7.45")), stored("H-2").foreign());
        assertEquals(new BigDecimal("746.52"), stored("H-3").amount());
        assertEquals(new BigDecimal("7.46"), stored("H-3").foreign().rate());
        assertNull(stored("H-1").foreign());
        assertTrue(result.heldBack().isEmpty());
    }

    @Test
    void a_row_in_a_currency_without_a_rate_is_held_back_and_reported_never_counted_as_the_company_currency() throws IOException {
        // given a DKK company without exchange rates; two EUR rows on one date, one USD row
        Path csv = file("export.csv", "Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner,Currency\n"
                + "H-1,Acme,1000,2026-10-01,Closed won,anna,DKK\n"
                + "H-2,Beta,100000,2026-03-02,Closed won,anna,EUR\n"
                + "H-3,Gamma,5000,2026-03-02,Closed lost,anna,EUR\n"
                + "H-4,Delta,700,2026-03-05,Closed won,anna,USD\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then every row is stored, the foreign ones held back with their own amount, and the result says why
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(4, ledger.count());
        assertTrue(stored("H-2").held());
        assertEquals(new BigDecimal("0.00"), stored("H-2").amount());
        assertEquals(new BigDecimal("100000.00"), stored("H-2").foreign().amount());
        assertEquals(List.of("export.csv: 4 inserted, 0 updated, 0 unchanged, 0 rejected",
                "  2 deals in EUR are held back: no exchange rate for EUR on 2026-03-02 in settings.yaml",
                "  1 deal in USD is held back: no exchange rate for USD on 2026-03-05 in settings.yaml"), result.summary());
        // and 100,000 EUR never counts as 100,000 DKK: anna's October and March hold only the DKK deal
        var range = new app.bonusbot.core.time.DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of("H-1"), ledger.wonDeals("anna", range, app.bonusbot.core.deal.DealFilter.ANY).stream().map(Deal::id).toList());
        var tally = ledger.tally("anna", range, app.bonusbot.core.deal.DealFilter.ANY);
        assertEquals(List.of(new BigDecimal("1000.00"), 1L, 0L), List.of(tally.wonAmount(), tally.wonCount(), tally.lostCount()));
    }

    @Test
    void a_currency_cell_that_is_no_currency_code_is_a_rejected_row() throws IOException {
        // given
        Path csv = file("deals.csv", "deal_id,amount,close_date,stage,owner,currency\n" + "D-1,100000,2026-10-01,won,anna,EURO\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertEquals(List.of("deals.csv:2 currency: \"EURO\" is not a currency code; write an ISO 4217 code such as DKK or EUR"), errors(result));
        assertEquals(0, ledger.count());
    }

    @Test
    void a_row_in_the_company_currency_or_without_one_is_imported() throws IOException {
        // given
        Path csv = file("deals.csv", "deal_id,amount,close_date,stage,owner,currency\n"
                + "D-1,1000,2026-10-01,won,anna,DKK\n"
                + "D-2,2000,2026-10-02,won,anna,dkk\n"
                + "D-3,3000,2026-10-03,won,anna,\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(3, ledger.count());
    }

    @Test
    void a_plain_close_date_may_use_the_mappings_date_formats() throws IOException {
        // given the mapping (bot-config's) accepts d.M.yyyy
        DealImporter withDots = importerWith(withDateFormats("yyyy-MM-dd HH:mm", "d.M.yyyy"));
        Path csv = file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2.11.2026,won,anna,,,\nD-2,Beta,100,2026-11-03 09:30,won,anna,,,\n");

        // when
        ImportResult result = withDots.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(LocalDate.of(2026, 11, 2), stored("D-1").closeDate());
        assertEquals(LocalDate.of(2026, 11, 3), stored("D-2").closeDate());
    }

    @Test
    void a_stage_is_what_the_mapping_says_it_is() throws IOException {
        // given a company whose pipeline says "Lost" and "Negotiation"
        DealMapping d = DealMapping.hubspotDefault();
        DealImporter own = importerWith(new DealMapping(d.columns(), Set.of("won"), Set.of("lost"), Set.of("negotiation"), d.dateFormats(),
                d.dealTypes(), d.pipelines()));
        Path csv = file("export.csv", "Deal ID,Amount,Close Date,Deal Stage,Deal owner\n"
                + "H-1,1000,2026-10-01,Won,anna\n"
                + "H-2,2000,2026-10-02,Lost,anna\n"
                + "H-3,3000,,NEGOTIATION,anna\n");

        // when
        ImportResult result = own.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(List.of(Outcome.WON, Outcome.LOST, Outcome.OPEN), List.of("H-1", "H-2", "H-3").stream().map(id -> stored(id).outcome()).toList());
    }

    @Test
    void a_plain_stage_other_than_won_lost_or_open_is_rejected_naming_them() throws IOException {
        // given
        Path csv = file("deals.csv", PLAIN_HEADER + "D-1,Acme,100,2026-10-01,Lost,anna,,,\nD-2,Beta,100,2026-10-01,closed,anna,,,\n");

        // when
        ImportResult result = importer.importFile(csv, ImportProgress.NONE);

        // then "Lost" is lost (case does not matter), "closed" is no stage
        assertEquals(List.of("deals.csv:3 stage: \"closed\" is not a known stage; known stages: won, lost, open"), errors(result));
    }

    @Test
    void a_mapping_without_a_currency_column_reads_no_currency() throws IOException {
        // given amounts taken from HubSpot's "Amount in company currency", so its Currency column does not apply
        DealMapping d = DealMapping.hubspotDefault();
        Map<DealField, String> columns = new EnumMap<>(d.columns());
        columns.put(DealField.AMOUNT, "Amount in company currency");
        columns.remove(DealField.CURRENCY);
        DealImporter companyAmounts = importerWith(new DealMapping(columns, d.wonStages(), d.lostStages(), d.openStages(), d.dateFormats(),
                d.dealTypes(), d.pipelines()));
        Path csv = file("export.csv", "Deal ID,Amount,Amount in company currency,Currency,Close Date,Deal Stage,Deal owner\n"
                + "H-1,10000,74600,EUR,2026-10-01,Closed won,anna\n");

        // when
        ImportResult result = companyAmounts.importFile(csv, ImportProgress.NONE);

        // then
        assertTrue(result.succeeded(), errors(result).toString());
        assertEquals(new BigDecimal("74600.00"), stored("H-1").amount());
    }
}
