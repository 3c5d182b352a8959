package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bench.DealExports;
import app.bonusbot.config.BotConfig;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.ImportResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in Slack's HTTP mode answers {@code /bonus status} with figures while a large import holds the database's
 * write lock, for people known by their Slack id and for a person Bonusbot finds by e-mail, whose Slack identity it
 * cannot write to its cache during the import.
 */
@Timeout(180)
class SlackDuringImportTest {

    /** Anna's Slack account: her slack_id is taken out of people.yaml, so she is found by her e-mail. */
    private static final String ANNA_BY_EMAIL = "U0ANNA99";
    private static final String METTE = "U0METTE01";

    @TempDir
    Path dir;

    @Test
    void every_bonus_status_during_a_large_import_is_answered_with_figures() throws Exception {
        // given the bot in HTTP mode on the demo company, Anna known to Slack by e-mail only
        InProcessCli store = InProcessCli.onCopyOfDemoConfig(dir).editing("people.yaml", "    slack_id: U0ANNA01\n", "");
        try (BonusbotOnBothPlatforms bot = BonusbotOnBothPlatforms.start(store, Map.of(), Map.of())) {
            bot.slack.addUser(ANNA_BY_EMAIL, "Anna Holm", "anna.holm@nordlys.example");
            BotConfig config = ConfigLoader.load(store.config());
            Path big = DealExports.write(dir.resolve("big.csv"), "big-", 20_000, config.directory().people(), config.dealMapping(),
                    new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-27")));

            // and a large import in the middle of its transaction
            try (PausedImport importing = PausedImport.start(store, big)) {
                // when Anna and Mette ask, again and again
                for (int i = 0; i < 3; i++) {
                    JsonNode anna = bot.askSlack(ANNA_BY_EMAIL, "status");
                    JsonNode mette = bot.askSlack(METTE, "status");

                    // then every answer carries the figures
                    assertFigures(anna, "Anna Holm", "% of target", "Total cash payout");
                    assertFigures(mette, "Mette Lund", "aktier", "Samlet kontant udbetaling");
                }
                ImportResult imported = importing.finish();
                assertTrue(imported.succeeded(), imported.summary().toString());
            }

            // and once the import is done the bot still answers, and its log holds no stack trace
            assertFigures(bot.askSlack(ANNA_BY_EMAIL, "status"), "Anna Holm", "% of target", "Total cash payout");
            InProcessCli.Run run = bot.stop();
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertFalse(run.err().contains("Exception") || run.err().toLowerCase().contains("locked"), run.toString());
        }
    }

    /** Anna reads English, Mette Danish (people.yaml); each answer has the person's figures and the cash total. */
    private static void assertFigures(JsonNode answer, String name, String figures, String total) {
        String text = answer.toString();
        assertFalse(text.contains("something went wrong") || text.contains("noget gik galt"), text);
        assertTrue(text.contains(name) && text.contains(figures) && text.contains(total), text);
    }
}
