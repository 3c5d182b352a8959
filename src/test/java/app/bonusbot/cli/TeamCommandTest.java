package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void only_the_hubspot_export_deals() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @Test
    void the_manager_sees_each_member_s_attainment_per_plan_and_the_shared_team_target() {
        // when Mette (Danish by the company default) asks about Nordics
        InProcessCli.Run run = cli.run("team", "--person", "mette.lund");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.startsWith("Team Nordics new business\n"), out);
        assertTrue(out.contains("\nAnna Holm\n  Kvartalsbonus for nysalg  ▰▰▰▰▰▱▱▱▱▱  55 % · 4. kvartal 2026 · tempo 87,2 %\n"
                + "  Hitrate-kicker            ▰▰▰▰▰▰▰▰▰▰  133,3 % · 4. kvartal 2026 · tempo 133,3 %\n"), out);
        // Emma joined on 2 Nov: 145,000 of 900,000 x 60/92
        assertTrue(out.contains("\nEmma Poulsen\n  Kvartalsbonus for nysalg  ▰▰▱▱▱▱▱▱▱▱  24,7 % · 4. kvartal 2026"), out);
        // Frederik left on 15 Oct: 88,000 of 1,200,000 x 15/92, and no pace for someone who has left
        assertTrue(out.contains("\nFrederik Krogh\n  Kvartalsbonus for nysalg  ▰▰▰▰▱▱▱▱▱▱  45 % · 4. kvartal 2026\n"), out);
        assertTrue(out.contains("\nMikkel Larsen\n  Kvartalsbonus for nysalg  ▰▰▱▱▱▱▱▱▱▱  28 % · 4. kvartal 2026"), out);
        assertTrue(out.contains("Teamet er på 28 % · 1.065.500,00 kr. af 3.800.000,00 kr."), out);
        assertFalse(out.contains("24.750") || out.contains("24,750"), "no one's payout in the team view: " + out);
    }

    @Test
    void team_json_lists_each_member_s_plans_and_attainment() {
        // when
        InProcessCli.Run run = cli.run("team", "--person", "mette.lund", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        JsonNode json = run.json();
        assertEquals("mette.lund", json.path("manager").asText());
        assertEquals(1, json.path("teams").size());
        JsonNode nordics = json.path("teams").get(0);
        assertEquals("nordics", nordics.path("id").asText());
        List<String> members = new ArrayList<>();
        nordics.path("members").forEach(m -> members.add(m.path("id").asText()));
        assertEquals(List.of("anna.holm", "emma.poulsen", "frederik.krogh", "mikkel.larsen"), members);
        JsonNode annaBonus = nordics.path("members").get(0).path("plans").get(0);
        assertEquals("quarterly-bonus", annaBonus.path("id").asText());
        assertEquals("0.550000", annaBonus.path("attainment").asText());
        assertFalse(run.out().contains("24750"), "no payouts in the team view: " + run.out());
    }

    @Test
    void a_seller_is_refused_the_team_view_with_a_non_zero_exit() {
        // when
        InProcessCli.Run run = cli.run("team", "--person", "anna.holm");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals("error: --person: anna.holm manages no team\n", run.err());
    }

    @Test
    void a_seller_is_refused_the_team_view_in_json_too() {
        // when
        InProcessCli.Run run = cli.run("team", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals("error: --person: anna.holm manages no team\n", run.err());
    }
}
