package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot audit}: the log of imports and adjustments, filtered by person and period. */
class AuditCommandTest {

    @TempDir
    Path tempDir;

    @Test
    void the_audit_log_lists_imports_and_adjustments_and_filters_by_person_and_period() {
        // GIVEN an import and adjustments for two people in two periods
        InProcessCli cli = SmallCompany.in(tempDir, "");
        Path csv = SmallCompany.deals(tempDir, "won.csv", "9001", "Acme", "Closed won", "2026-10-14", "Anna Holm", "100000");
        assertEquals(ExitCodes.OK, cli.run("import", "deals", csv.toString()).exitCode());
        assertEquals(ExitCodes.OK, cli.run("adjust", "--person", "anna", "--period", "2026-Q4", "--amount", "100", "--reason", "one").exitCode());
        assertEquals(ExitCodes.OK, cli.run("adjust", "--person", "anna", "--period", "2027-Q1", "--amount", "200", "--reason", "two").exitCode());
        assertEquals(ExitCodes.OK, cli.run("adjust", "--person", "peter", "--period", "2026-Q4", "--amount", "300", "--reason", "three").exitCode());
        // WHEN the whole log is read
        InProcessCli.Run all = cli.run("audit");
        // THEN it has the import (file, kind, counts) and every adjustment, oldest first
        assertEquals(ExitCodes.OK, all.exitCode(), all.toString());
        assertTrue(all.out().contains("import  import  subject=won.csv") && all.out().contains("deals: 1 new, 0 changed, 0 unchanged"), all.toString());
        assertTrue(all.out().indexOf(": one") < all.out().indexOf(": two") && all.out().indexOf(": two") < all.out().indexOf(": three"), all.toString());
        // WHEN it is filtered by person, by period, and by both
        JsonNode anna = cli.run("audit", "--person", "anna", "--json").json();
        JsonNode q4 = cli.run("audit", "--period", "2026-Q4", "--json").json();
        JsonNode annaQ1 = cli.run("audit", "--person", "anna", "--period", "2027-Q1", "--json").json();
        // THEN each has exactly the entries about it
        assertEquals(2, anna.size(), anna.toString());
        anna.forEach(e -> assertEquals("anna", e.get("person").asText()));
        assertEquals(2, q4.size(), q4.toString());
        q4.forEach(e -> assertEquals("2026-Q4", e.get("period").asText()));
        assertEquals(1, annaQ1.size(), annaQ1.toString());
        assertTrue(annaQ1.get(0).get("detail").asText().endsWith(": two"), annaQ1.toString());
    }

    @Test
    void an_empty_selection_says_so_and_an_unknown_person_is_refused() {
        // GIVEN a log without entries for Q1 2025
        InProcessCli cli = SmallCompany.in(tempDir, "");
        // WHEN it is read for that period, and for someone who never existed
        InProcessCli.Run empty = cli.run("audit", "--period", "2025-Q1");
        InProcessCli.Run nobody = cli.run("audit", "--person", "nobody");
        // THEN the first says there is nothing, the second names the mistake, in the company's language (Danish)
        assertEquals(ExitCodes.OK, empty.exitCode(), empty.toString());
        assertTrue(empty.out().contains("Revisionsloggen har ingen poster i 2025-Q1."), empty.toString());
        assertTrue(nobody.exitCode() != ExitCodes.OK && nobody.err().contains("'nobody'"), nobody.toString());
        assertFalse(nobody.err().contains("Exception"), nobody.toString());
    }
}
