package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void only_the_hubspot_export_deals() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @Test
    void whatif_shows_each_plan_s_payout_before_and_after_and_the_tier_change() {
        // when Anna closes 400,000 of new business today: 812,500 / 750,000 = 108.3 %
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "400000");
        // then 45,000 + 0.0833 x 45,000 x 1.5 = 50,625; the win rate goes to 5 / 6
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("What if you close DKK 400,000.00 (New business) today\n"), out);
        assertTrue(out.contains("Quarterly new business bonus · Q4 2026\n"
                + "  Payout: DKK 24,750.00 → DKK 50,625.00 (+DKK 25,875.00)\n"
                + "  Tier:   Moves from the tier 0 %–100 % ×1 to the tier 100 %–150 % ×1.5 (55 % → 108.3 %)\n"), out);
        assertTrue(out.contains("Payout: DKK 12,666.67 → DKK 12,944.44 (+DKK 277.77)"), out);
        assertTrue(out.contains("Tier:   Still below the threshold (28 % → 38.6 %)"), out);
        assertTrue(out.contains("Total cash payout: DKK 54,916.67 → DKK 81,069.44 (+DKK 26,152.77)"), out);
        assertTrue(out.contains("Nothing is saved."), out);
    }

    @Test
    void a_renewal_changes_only_the_plans_that_count_renewals() {
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "100000", "renewal");
        // then not new business, but a won deal for the win rate and a renewal of 50,000 or more
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("What if you close DKK 100,000.00 (Renewal) today\n"), out);
        assertTrue(out.contains("Payout: DKK 24,750.00 → DKK 24,750.00 (+DKK 0.00)"), out);
        assertTrue(out.contains("Milestones · Q4 2026\n  Payout: DKK 2,500.00 → DKK 4,000.00 (+DKK 1,500.00)\n"), out);
    }

    @Test
    void whatif_json_has_the_statement_before_and_after_and_saves_nothing() {
        // given
        String statusBefore = cli.run("status", "--person", "anna.holm").out();
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "400000", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        JsonNode json = run.json();
        assertEquals("400000.00", json.path("amount").asText());
        assertEquals("new", json.path("deal_type").asText());
        assertEquals("54916.67", json.path("before").path("total").asText());
        assertEquals("81069.44", json.path("after").path("total").asText());
        JsonNode after = StatusCommandTest.plan(json.path("after"), "quarterly-bonus");
        assertEquals(0, new BigDecimal("812500").compareTo(new BigDecimal(after.path("metric").path("value").asText())));
        assertEquals("50625.00", after.path("total").asText());
        assertEquals(statusBefore, cli.run("status", "--person", "anna.holm").out());
    }

    @Test
    void an_amount_of_zero_or_less_is_refused() {
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "0");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("error: AMOUNT: must be more than zero, not 0\n", run.err());
    }

    @Test
    void an_amount_with_a_fraction_of_a_cent_is_refused_as_in_chat() {
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "100.005");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals("error: AMOUNT: 100.005 has more than 2 decimals\n", run.err());
    }

    @Test
    void a_word_for_an_amount_is_a_usage_error_that_says_what_an_amount_looks_like() {
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "lots");
        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Invalid value for positional parameter at index 0 (AMOUNT): 'lots' is not an amount; "
                + "write it like 50000 or 12500.50\n"), run.err());
        StatusCommandTest.assertNoStackTrace(run);
    }

    @Test
    void an_amount_is_read_as_the_chat_reads_it() {
        // when
        InProcessCli.Run typed = cli.run("whatif", "--person", "anna.holm", "50k");
        InProcessCli.Run grouped = cli.run("whatif", "--person", "anna.holm", "50,000");
        InProcessCli.Run plain = cli.run("whatif", "--person", "anna.holm", "50000");
        // then
        assertEquals(ExitCodes.OK, typed.exitCode(), typed.toString());
        assertTrue(typed.out().startsWith("What if you close DKK 50,000.00 (New business) today\n"), typed.out());
        assertEquals(plain.out(), typed.out());
        assertEquals(plain.out(), grouped.out());
    }

    @Test
    void whatif_offers_no_period_as_it_is_always_about_a_deal_won_today() {
        // when
        InProcessCli.Run run = cli.run("whatif", "--person", "anna.holm", "50000", "--period", "previous");
        InProcessCli.Run help = InProcessCli.runExactly("whatif", "--help");
        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Unknown option: '--period'"), run.err());
        assertFalse(help.out().contains("--period"), help.out());
        assertTrue(help.out().contains("50k"), help.out());
    }

    @Test
    void a_period_typed_before_the_amount_is_refused_as_an_unknown_option_not_as_a_bad_amount() {
        // when: --period comes first, so its value stands where the amount belongs
        InProcessCli.Run run = cli.run("whatif", "--period", "previous", "50k", "--person", "anna.holm");
        // then: the person is told that whatif has no --period, not that "previous" is no amount
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Unknown option: '--period'"), run.err());
    }

    @Test
    void a_deal_type_given_by_its_danish_name_is_that_deal_type_in_the_json_too() {
        // when: Krydssalg is cross_sell's Danish name in the demo settings.yaml
        InProcessCli.Run byName = cli.run("whatif", "50000", "Krydssalg", "--person", "anna.holm", "--json");
        InProcessCli.Run byWord = cli.run("whatif", "50000", "cross_sell", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, byName.exitCode(), byName.toString());
        assertEquals("cross_sell", byName.json().get("deal_type").asText(), byName.out());
        assertEquals(byWord.out(), byName.out());
    }
}
