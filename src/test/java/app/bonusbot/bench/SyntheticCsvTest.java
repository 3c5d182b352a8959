package app.bonusbot.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.DealMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCsvTest {

    private static final Directory CONFIG = new Directory(
            List.of(new Person("mette.lund", "Mette Lund", "mette@example.com", null, null, null, null, Map.of())),
            List.of(new Team("north", "North", "mette.lund"), new Team("south", "South", "mette.lund")));
    private static final DateRange YEAR = new DateRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-27"));

    @TempDir
    Path dir;

    @Test
    void sellers_are_spread_over_the_teams_in_turn() {
        // when
        List<Seller> sellers = PeopleCsv.sellers(5, CONFIG);

        // then
        assertEquals(List.of("north", "south", "north", "south", "north"), sellers.stream().map(Seller::teamId).toList());
        assertEquals("bench.seller.0001", sellers.get(0).id());
        assertEquals("Bench Seller 0005", sellers.get(4).name());
    }

    @Test
    void a_configuration_without_teams_has_no_place_for_sellers() {
        // given
        Directory noTeams = new Directory(CONFIG.people(), List.of());

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeopleCsv.sellers(3, noTeams));

        // then
        assertTrue(e.getMessage().contains("no teams"), e.getMessage());
    }

    @Test
    void the_deal_export_has_the_mapping_headers_and_one_line_per_deal() throws IOException {
        // given
        Path file = dir.resolve("deals.csv");

        // when
        new HubSpotDealsCsv(DealMapping.hubspotDefault()).write(file, PeopleCsv.sellers(3, CONFIG), 50, YEAR, new Random(1));

        // then
        List<String> lines = Files.readAllLines(file);
        assertEquals("Deal ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner,Deal Type,Product,Pipeline", lines.get(0));
        assertEquals(51, lines.size());
        assertTrue(lines.get(1).startsWith("bench-deal-0000001,"), lines.get(1));
        lines.subList(1, lines.size()).forEach(line -> assertTrue(line.endsWith(",sales pipeline") || line.endsWith(",renewals"), line));
    }

    @Test
    void the_same_seed_writes_the_same_files_and_another_seed_others() throws IOException {
        // given
        List<Seller> sellers = PeopleCsv.sellers(4, CONFIG);
        HubSpotDealsCsv deals = new HubSpotDealsCsv(DealMapping.hubspotDefault());

        // when
        deals.write(dir.resolve("a.csv"), sellers, 300, YEAR, new Random(42));
        deals.write(dir.resolve("b.csv"), sellers, 300, YEAR, new Random(42));
        deals.write(dir.resolve("c.csv"), sellers, 300, YEAR, new Random(43));

        // then
        byte[] a = Files.readAllBytes(dir.resolve("a.csv"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.csv")));
        assertFalse(Arrays.equals(a, Files.readAllBytes(dir.resolve("c.csv"))));
    }
}
