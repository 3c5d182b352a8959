package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void only_the_hubspot_export_deals() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @Test
    void explain_lists_the_deals_target_attainment_threshold_every_band_the_cap_and_the_payout() {
        // when
        InProcessCli.Run run = cli.run("explain", "--person", "anna.holm", "quarterly-bonus");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("How your bonus is calculated · Anna Holm\n"), out);
        assertTrue(out.contains("Sum of 3 won deals closed 1 Oct 2026 – 31 Dec 2026 (deal types: Cross-sell, New business, Upsell)"), out);
        assertLine(out, "6 Oct 2026 · Birk & Co, Aarhus – Platform · New business", "DKK 310,000.00");
        assertLine(out, "3 Nov 2026 · Granit Bank – Integrations · Upsell", "DKK 64,500.00");
        assertLine(out, "19 Nov 2026 · Isbjerg Games – Analytics add-on · Upsell", "DKK 38,000.00");
        assertFalse(out.contains("Kilden Health"), "a lost deal is not in the sum: " + out);
        assertFalse(out.contains("Odin Insurance"), "a renewal is not new business: " + out);
        assertLine(out, "Target", "DKK 750,000.00");
        assertLine(out, "Target bonus", "DKK 45,000.00");
        assertLine(out, "Attainment: DKK 412,500.00 / DKK 750,000.00", "55 %");
        assertLine(out, "Threshold 50 %: met at 55 %, so every band pays from 0 %", "✓");
        assertLine(out, "Band 0 %–100 % at ×1: slice 55 % × target bonus DKK 45,000.00", "DKK 24,750.00");
        assertLine(out, "Band 100 %–150 % at ×1.5: not reached", "DKK 0.00");
        assertLine(out, "Band from 150 % at ×2: not reached", "DKK 0.00");
        assertLine(out, "Cap 2 × target bonus = DKK 90,000.00: not reached", "DKK 0.00");
        assertLine(out, "Payout", "DKK 24,750.00");
        assertFalse(out.contains("Win-rate kicker"), "only the plan asked about: " + out);
    }

    @Test
    void explain_of_all_plans_shows_each_plan_s_bands_and_payout_matching_the_json() {
        // when
        InProcessCli.Run text = cli.run("explain", "--person", "anna.holm");
        JsonNode json = cli.run("explain", "--person", "anna.holm", "--json").json();
        // then win rate 4 / (4 + 1) = 80 % of 60 %: 1.2 x 10,000 + 0.1333 x 10,000 x 0.5
        assertEquals(ExitCodes.OK, text.exitCode(), text.toString());
        String out = text.out();
        assertLine(out, "Win rate: 4 won / (4 won + 1 lost), closed 1 Oct 2026 – 31 Dec 2026", "80 %");
        assertLine(out, "Threshold 100 %: met at 133.3 %, so every band pays from 0 %", "✓");
        assertLine(out, "Band 0 %–120 % at ×1: slice 120 % × target bonus DKK 10,000.00", "DKK 12,000.00");
        assertLine(out, "Band from 120 % at ×0.5: slice 13.3 % × target bonus DKK 10,000.00", "DKK 666.67");
        assertLine(out, "Cap DKK 15,000.00: not reached", "DKK 0.00");
        assertLine(out, "Payout", "DKK 12,666.67");
        // the team pool: 1,065,500 of 3,800,000 is below the 80 % threshold
        assertLine(out, "Threshold 80 %: not met at 28 %, so nothing is paid", "DKK 0.00");
        assertLine(out, "Band 0 %–100 % at ×1: threshold not met", "DKK 0.00");
        assertLine(out, "Band from 100 % at ×1.5: threshold not met", "DKK 0.00");
        assertLine(out, "Your share: the pool is empty", "DKK 0.00");
        // milestones, each event with its deal
        assertLine(out, "Renewal of 50,000 or more: 1 × DKK 1,500.00", "DKK 1,500.00");
        assertLine(out, "Upgrade to Analytics: 1 × DKK 1,000.00", "DKK 1,000.00");
        assertTrue(out.contains("12 Nov 2026 · Odin Insurance – Platform renewal · DKK 96,000.00"), out);
        assertLine(out, "Payout", "DKK 2,500.00");
        // retention and stock
        assertTrue(out.contains("12 months after hire on 10 Nov 2025 = 10 Nov 2026, DKK 15,000.00: paid this period"), out);
        assertLine(out, "Vested: floor(1,200 × 12 / 48)", "300");
        // every plan's payout line is the JSON total of that plan
        for (JsonNode plan : json.path("plans")) {
            if (!plan.path("kind").asText().equals("stock")) {
                String total = plan.path("total").asText();
                assertTrue(out.contains(" DKK " + String.format(Locale.ROOT, "%,.2f", new BigDecimal(total)) + "\n"), plan.path("id") + " " + total);
            }
        }
        assertEquals("54916.67", json.path("total").asText());
    }

    @Test
    void a_plan_can_be_named_by_the_start_of_its_name_as_in_chat() {
        // when
        InProcessCli.Run text = cli.run("explain", "--person", "anna.holm", "win-rate");
        InProcessCli.Run json = cli.run("explain", "--person", "anna.holm", "Win-rate", "--json");
        // then
        assertEquals(ExitCodes.OK, text.exitCode(), text.toString());
        assertTrue(text.out().contains("Win-rate kicker · Q4 2026"), text.out());
        assertFalse(text.out().contains("Quarterly new business bonus"), text.out());
        assertEquals(ExitCodes.OK, json.exitCode(), json.toString());
        assertEquals(1, json.json().path("plans").size());
        assertEquals("win-rate-kicker", json.json().path("plans").get(0).path("id").asText());
    }

    @Test
    void a_plan_the_person_is_not_on_is_an_error_in_text_and_json() {
        // when
        InProcessCli.Run text = cli.run("explain", "--person", "anna.holm", "dach-commission");
        InProcessCli.Run json = cli.run("explain", "--person", "anna.holm", "dach-commission", "--json");
        // then
        for (InProcessCli.Run run : new InProcessCli.Run[] {text, json}) {
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
            assertEquals("", run.out());
            assertEquals("error: PLAN: anna.holm is not on a plan 'dach-commission' (their plans: quarterly-bonus, win-rate-kicker, "
                    + "new-business-team, milestones, retention, equity)\n", run.err());
        }
    }

    @Test
    void explain_of_an_earlier_period_explains_that_period() {
        // when
        InProcessCli.Run run = cli.run("explain", "--person", "anna.holm", "quarterly-bonus", "--period", "2026-Q3");
        // then Q3: 185,000 + 42,000 of 900,000 = 25.2 %, below the threshold
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertLine(run.out(), "Attainment: DKK 227,000.00 / DKK 900,000.00", "25.2 %");
        assertLine(run.out(), "Threshold 50 %: not met at 25.2 %, so nothing is paid", "DKK 0.00");
        assertLine(run.out(), "Payout", "DKK 0.00");
    }

    /** A calculation line: the description, then dots (or a line break when it is long), then the result. */
    static void assertLine(String out, String description, String result) {
        Pattern line = Pattern.compile("(?m)^ +" + Pattern.quote(description) + "( \\.+ |\\n +)" + Pattern.quote(result) + "$");
        assertTrue(line.matcher(out).find(), "no line '" + description + " ... " + result + "' in:\n" + out);
    }
}
