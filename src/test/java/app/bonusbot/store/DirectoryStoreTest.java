package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.demoDirectory;
import static app.bonusbot.store.StoreFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateSpan;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class DirectoryStoreTest {

    private static final Target ANNA_Q4 = new Target(OwnerKind.PERSON, "anna", "q-commission", "2026-Q4", new BigDecimal("300000.00"),
            new BigDecimal("25000.50"));
    private static final Target NORTH_Q4 = new Target(OwnerKind.TEAM, "north", "team-pool", "2026-Q4", new BigDecimal("900000"), null);

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private Database db;
    private DirectoryStore store;

    @BeforeEach
    void open() {
        db = Database.open(kind.address(dir), CLOCK);
        store = new DirectoryStore(db);
    }

    @Test
    void the_config_directory_and_targets_come_back_as_they_went_in() {
        // given
        Person leaver = new Person("eva", "Eva Ølgaard", null, "south", LocalDate.of(2025, 2, 1), LocalDate.of(2026, 11, 14), Language.DA,
                Map.of(ChatPlatform.DISCORD, "123456789"));
        Directory directory = new Directory(List.of(demoDirectory().people().get(0), leaver), demoDirectory().teams());

        // when
        store.syncFromConfig(directory, new TargetBook(List.of(ANNA_Q4, NORTH_Q4)));

        // then
        assertEquals(new Directory(List.of(directory.people().get(0), leaver), directory.teams()), store.loadDirectory());
        assertEquals(new TargetBook(List.of(ANNA_Q4, NORTH_Q4)), store.loadTargets());
    }

    @Test
    void a_dated_team_history_comes_back_from_the_store_and_goes_when_the_config_drops_it() {
        // GIVEN bo, who moves from north to south on 1 Dec 2026, in the config
        Directory demo = demoDirectory();
        TeamHistory moves = new TeamHistory(Map.of("bo", List.of(
                new TeamMembership("north", new DateSpan(null, LocalDate.of(2026, 11, 30))),
                new TeamMembership("south", new DateSpan(LocalDate.of(2026, 12, 1), null)))));
        List<Person> people = List.of(demo.people().get(0), demo.people().get(1).withTeam("south"), demo.people().get(2));
        Directory moving = new Directory(people, demo.teams(), moves);

        // WHEN the config is synced, and then synced again without the move
        store.syncFromConfig(moving, new TargetBook(List.of()));
        Directory loaded = store.loadDirectory();
        store.syncFromConfig(new Directory(people, demo.teams()), new TargetBook(List.of()));

        // THEN the store gave back bo's teams by date, and forgot them when the config did
        assertEquals(moving, loaded);
        assertEquals(List.of("anna", "bo"), loaded.membersOn("north", LocalDate.of(2026, 11, 30)).stream().map(Person::id).toList());
        assertEquals(List.of("bo", "carla"), loaded.membersOn("south", LocalDate.of(2026, 12, 1)).stream().map(Person::id).toList());
        assertEquals(TeamHistory.NONE, store.loadDirectory().history());
    }

    @Test
    void a_second_sync_removes_what_the_config_dropped_and_keeps_imported_rows() {
        // given
        store.syncFromConfig(demoDirectory(), new TargetBook(List.of(ANNA_Q4, NORTH_Q4)));
        Person imported = person("dina", "Dina Dahl", "dina@example.com", "south");
        store.importPeople("people.csv", List.of(imported), n -> {});
        Directory smaller = new Directory(demoDirectory().people().subList(0, 2), List.of(demoDirectory().teams().get(0)));

        // when
        store.syncFromConfig(smaller, new TargetBook(List.of(ANNA_Q4)));

        // then
        Directory loaded = store.loadDirectory();
        assertEquals(List.of("anna", "bo", "dina"), loaded.people().stream().map(Person::id).toList());
        assertEquals(List.of(new Team("north", "Team North", "anna")), loaded.teams());
        assertNull(loaded.person("dina").orElseThrow().teamId(), "her team is gone");
        assertEquals(List.of(ANNA_Q4), store.loadTargets().targets());
    }

    @Test
    void importing_people_counts_inserted_updated_and_unchanged_rows() {
        // given
        store.syncFromConfig(demoDirectory(), TargetBook.EMPTY);
        Person dina = person("dina", "Dina Dahl", "dina@example.com", "south");
        Person emil = person("emil", "Emil Eg", "emil@example.com", "north");
        store.importPeople("people.csv", List.of(dina, emil), n -> {});
        Person emilMoved = emil.withTeam("south");
        Person finn = person("finn", "Finn Frost", null, null);

        // when
        UpsertCounts counts = store.importPeople("people.csv", List.of(dina, emilMoved, finn), n -> {});

        // then
        assertEquals(new UpsertCounts(counts.importId(), 1, 1, 1, 0), counts);
        assertEquals(emilMoved, store.loadDirectory().person("emil").orElseThrow());
    }

    @Test
    void importing_targets_keeps_amounts_exact_and_treats_equal_values_as_unchanged() {
        // given
        store.syncFromConfig(demoDirectory(), TargetBook.EMPTY);
        Target bo = new Target(OwnerKind.PERSON, "bo", "q-commission", "2026-Q4", new BigDecimal("123456.78"), new BigDecimal("0.01"));
        store.importTargets("targets.csv", List.of(bo), n -> {});
        Target sameValue = new Target(OwnerKind.PERSON, "bo", "q-commission", "2026-Q4", new BigDecimal("123456.780"), new BigDecimal("0.010"));
        Target annaNew = new Target(OwnerKind.PERSON, "anna", "q-commission", "2026-Q4", new BigDecimal("1"), null);

        // when
        UpsertCounts counts = store.importTargets("targets.csv", List.of(sameValue, annaNew), n -> {});

        // then
        assertEquals(new UpsertCounts(counts.importId(), 1, 0, 1, 0), counts);
        assertEquals(List.of(annaNew, bo), store.loadTargets().targets());
    }

    @Test
    void syncing_links_deals_of_people_the_config_now_names() {
        // given
        DealLedger ledger = new DealLedger(db);
        ledger.upsertAll("deals.csv", List.of(new LedgerDeal(StoreFixtures.won("1", null, "2026-10-01", "100"), "BO@example.com")), n -> {});

        // when
        int linked = store.syncFromConfig(demoDirectory(), TargetBook.EMPTY);

        // then
        assertEquals(1, linked);
        assertEquals("bo", ledger.find("1").orElseThrow().deal().ownerId());
    }
}
