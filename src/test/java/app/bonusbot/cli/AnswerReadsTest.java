package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bench.DealQueryPlans;
import app.bonusbot.bot.Application;
import app.bonusbot.core.reply.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an answer of the long-lived application reads from the deals: its cost must follow the asker (a seller's few
 * deals), not the company (a team of thousands, every plan and milestone rule asked one by one). Counted in SQL
 * statements on deals and deal_tallies, the same with every machine's speed.
 */
class AnswerReadsTest {

    @TempDir
    Path dir;

    private Application bot;

    @BeforeEach
    void open() {
        // given the demo company with the HubSpot export imported, and the application a bot process keeps open
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals().withHubSpotExportImported();
        LocalDate today = LocalDate.parse(InProcessCli.TODAY);
        bot = Application.open(bonusbot.config(), bonusbot.db(), zone -> Clock.fixed(today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private DealQueryPlans.Capture reads(String personId, String command) {
        Reply[] reply = new Reply[1];
        DealQueryPlans.Capture capture = DealQueryPlans.capture(bot.database().jdbi(), () -> reply[0] = bot.commands().handle(personId, command));
        assertTrue(reply[0].blocks().size() > 1, "an answer, not a notice: " + reply[0].summary());
        return capture;
    }

    @Test
    void a_status_reads_the_sellers_own_deals_once_for_all_their_plans() {
        // given a team mate has asked already, so the Nordics team plan has been summed
        bot.commands().handle("mikkel.larsen", "/bonus status");

        // when Anna (two performance plans, the team plan and three milestone rules) asks
        DealQueryPlans.Capture status = reads("anna.holm", "/bonus status");

        // then her deals of the quarter were read once, and the team not summed again
        assertEquals(1, status.dealStatements(), status.plans().toString());
    }

    @Test
    void an_explain_lists_the_deals_the_statement_read() {
        // given
        bot.commands().handle("mikkel.larsen", "/bonus status");

        // when
        DealQueryPlans.Capture explain = reads("anna.holm", "/bonus explain");

        // then
        assertEquals(1, explain.dealStatements(), explain.plans().toString());
    }

    @Test
    void a_managers_team_view_reads_no_members_deal_lists_and_the_second_reads_nothing() {
        // when Mette, who manages the Nordics, asks twice
        DealQueryPlans.Capture first = reads("mette.lund", "/bonus team");
        DealQueryPlans.Capture second = reads("mette.lund", "/bonus team");

        // then the first reads the tallies of the whole team at once, one statement per filter the plans sum (the new
        // business filter of the bonus and the team pool, and the win rate's any deal), not the members' milestone
        // deals one by one; the second reads no deals at all
        assertEquals(2, first.dealStatements(), first.plans().toString());
        assertEquals(0, second.dealStatements(), second.plans().toString());
    }
}
