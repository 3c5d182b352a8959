package app.bonusbot.imports;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.COPENHAGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import app.bonusbot.store.DirectoryStore;
import app.bonusbot.store.StoreFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleImporterTest {

    private static final String HEADER = "id,name,email,team,hire_date,leave_date,language,slack_id,discord_id\n";

    @TempDir
    Path dir;

    private Database db;
    private DirectoryStore store;
    private PeopleImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bonusbot.db"), CLOCK);
        store = new DirectoryStore(db);
        Directory config = StoreFixtures.demoDirectory();
        store.syncFromConfig(config, TargetBook.EMPTY);
        importer = new PeopleImporter(store, config);
    }

    private ImportResult importText(String csv) throws IOException {
        return importer.importCsv("people.csv", new StringReader(csv), ImportProgress.NONE);
    }

    private List<String> errors(ImportResult result) {
        return result.errors().stream().map(ImportError::toString).toList();
    }

    @Test
    void new_people_are_stored_with_every_field() throws IOException {
        // given
        String csv = HEADER + "dina,Dina Dahl,dina@example.com,south,2026-11-15,,da,U0DINA,\n"
                + "emil,Emil Eg,,north,2025-01-01,2026-10-31,en,,700000000987654321\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("people.csv: 2 inserted, 0 updated, 0 unchanged, 0 rejected"), result.summary());
        Directory loaded = store.loadDirectory();
        assertEquals(new Person("dina", "Dina Dahl", "dina@example.com", "south", LocalDate.of(2026, 11, 15), null, Language.DA,
                Map.of(ChatPlatform.SLACK, "U0DINA")),
                loaded.person("dina").orElseThrow());
        assertEquals(new Person("emil", "Emil Eg", null, "north", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 31), Language.EN,
                Map.of(ChatPlatform.DISCORD, "700000000987654321")),
                loaded.person("emil").orElseThrow());
    }

    @Test
    void the_same_file_again_changes_nothing_and_a_changed_row_updates() throws IOException {
        // given
        importText(HEADER + "dina,Dina Dahl,dina@example.com,south,2026-11-15,,da,U0DINA,\n");

        // when
        ImportResult same = importText(HEADER + "dina,Dina Dahl,dina@example.com,south,2026-11-15,,da,U0DINA,\n");
        ImportResult changed = importText(HEADER + "dina,Dina Dahl,dina@example.com,north,2026-11-15,2027-03-31,da,U0DINA,\n");

        // then
        assertEquals(List.of(0, 0, 1), List.of(same.inserted(), same.updated(), same.unchanged()));
        assertEquals(List.of(0, 1, 0), List.of(changed.inserted(), changed.updated(), changed.unchanged()));
        assertEquals("north", store.loadDirectory().person("dina").orElseThrow().teamId());
    }

    @Test
    void a_column_the_file_leaves_out_keeps_the_stored_value() throws IOException {
        // given
        importText(HEADER + "dina,Dina Dahl,dina@example.com,south,2026-11-15,,da,U0DINA,\n");

        // when
        importText("id,name,team\ndina,Dina Dahl-Berg,north\n");

        // then
        assertEquals(new Person("dina", "Dina Dahl-Berg", "dina@example.com", "north", LocalDate.of(2026, 11, 15), null, Language.DA,
                Map.of(ChatPlatform.SLACK, "U0DINA")),
                store.loadDirectory().person("dina").orElseThrow());
    }

    @Test
    void bad_rows_change_nothing_and_are_all_listed() throws IOException {
        // given
        String csv = HEADER
                + "dina,Dina Dahl,dina@example.com,west,2026-11-15,,da,,\n"
                + "emil,,emil-at-example,north,2026-13-01,,de,,\n"
                + "finn,Finn Frost,finn@example.com,north,2026-06-01,2026-05-31,,UANNA,\n"
                + "anna,Anna Again,anna2@example.com,north,,,,,\n"
                + "gry,Gry Gram,BO@example.com,south,,,,,\n"
                + "dina,Dina Twice,,south,,,,,\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of(
                "people.csv:2 team: \"west\" is not a team (teams: north, south)",
                "people.csv:3 name: is required",
                "people.csv:3 email: \"emil-at-example\" is not an e-mail address",
                "people.csv:3 hire_date: \"2026-13-01\" is not a date; use yyyy-MM-dd",
                "people.csv:3 language: \"de\" is not a language; use en or da",
                "people.csv:4 leave_date: 2026-05-31 is before the hire date 2026-06-01",
                "people.csv:5 id: \"anna\" is defined in bot-config/people.yaml; change this person there",
                "people.csv:6 email: \"bo@example.com\" also belongs to bo",
                "people.csv:7 id: \"dina\" is also on line 2"), errors(result));
        assertEquals(6, result.rejected());
        assertEquals(3, store.loadDirectory().people().size());
    }

    @Test
    void an_email_or_chat_id_someone_else_has_is_refused() throws IOException {
        // given
        String csv = HEADER + "gry,Gry Gram,BO@example.com,south,,,,,\n" + "hans,Hans Hal,hans@example.com,south,,,,UANNA,\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("people.csv:2 email: \"bo@example.com\" also belongs to bo", "people.csv:3 slack_id: \"UANNA\" also belongs to anna"),
                errors(result));
    }

    @Test
    void a_header_without_id_or_name_is_refused() throws IOException {
        // given
        String csv = "email,team\nx@example.com,north\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("people.csv:1 id: the header has no such column", "people.csv:1 name: the header has no such column"), errors(result));
    }

    @Test
    void deals_of_an_unknown_owner_are_linked_once_the_person_is_imported() throws IOException {
        // given
        DealLedger ledger = new DealLedger(db);
        DealImporter deals = new DealImporter(ledger, store, DealMapping.hubspotDefault(), COPENHAGEN, new CurrencyConverter(Currency.getInstance("DKK"), ExchangeRates.NONE));
        Path dealFile = Files.writeString(dir.resolve("deals.csv"),
                "deal_id,name,amount,close_date,stage,owner\nD-1,Acme,100,2026-10-01,won,Dina Dahl\nD-2,Beta,50,2026-10-02,won,dina@example.com\n");
        ImportResult dealResult = deals.importFile(dealFile, ImportProgress.NONE);

        // when
        ImportResult result = importText(HEADER + "dina,Dina Dahl,dina@example.com,south,2026-01-01,,,,\n");

        // then
        assertEquals(List.of("Dina Dahl", "dina@example.com"), dealResult.unmatchedOwners());
        assertEquals(2, result.dealsLinked());
        assertEquals("dina", ledger.find("D-1").orElseThrow().deal().ownerId());
        assertEquals("dina", ledger.find("D-2").orElseThrow().deal().ownerId());
        assertTrue(result.summary().contains("  2 deals linked to their owner"), result.summary().toString());
    }

    @Test
    void a_discord_id_that_is_no_snowflake_is_rejected_with_its_line() throws IOException {
        // given a spreadsheet that turned the id into a number in E notation
        String csv = HEADER + "emil,Emil Eg,,north,2025-01-01,,en,,7E+17\n";

        // when
        ImportResult result = importText(csv);

        // then
        assertEquals(List.of("people.csv:2 discord_id: \"7E+17\" is not a Discord user id: a number of 15 to 21 digits (in Discord, with"
                + " Developer Mode on: right-click the person, Copy User ID)"), errors(result));
        assertTrue(store.loadDirectory().person("emil").isEmpty());
    }
}
