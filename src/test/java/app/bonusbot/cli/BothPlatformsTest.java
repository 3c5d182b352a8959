package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.slack.FakeSlackApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code bonusbot} process on Slack (HTTP mode) and Discord at once answers the same question the same way on
 * both: the same person asks the same thing on each platform, and what each platform shows, read without its markup
 * and escaping ({@link VisibleText}), is the same line for line, figures included. The process is started once for
 * the class, as a team would run it; the last test stops it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class BothPlatformsTest {

    /** Slack and Discord users of the demo people, as in bot-config/people.yaml. */
    private static final String ANNA_SLACK = "U0ANNA01";
    private static final String ANNA_DISCORD = "700000000000000201";
    private static final String METTE_SLACK = "U0METTE01";
    private static final String METTE_DISCORD = "700000000000000101";
    private static final String MIKKEL_SLACK = "U0MIKKEL1";
    private static final String MIKKEL_DISCORD = "700000000000000202";
    /** The Nordics team's channel for weekly posts in bot-config/posts.yaml, so the post at start-up finds it. */
    private static final String NORDICS_CHANNEL = "800000000000000201";

    private BonusbotOnBothPlatforms bot;

    @BeforeAll
    void one_process_on_slack_and_discord(@TempDir Path dir) {
        bot = BonusbotOnBothPlatforms.start(dir, Map.of(ANNA_DISCORD, "en-US", METTE_DISCORD, "da", MIKKEL_DISCORD, "da"),
                Map.of(NORDICS_CHANNEL, "nordics"));
    }

    @AfterAll
    void stop_it() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    @Order(1)
    void the_first_line_names_both_platforms_and_ready_says_it_answers_on_both() {
        // given the process started for the class

        // when
        List<String> lines = bot.err().lines().toList();

        // then
        assertEquals("Bonusbot " + Version.current() + " · Slack in HTTP mode on port " + bot.port + " at /slack/events and Discord (1 server)",
                lines.get(0), bot.err());
        String ready = lines.stream().filter(l -> l.startsWith("Ready:")).findFirst().orElseThrow();
        assertTrue(ready.startsWith("Ready: answering /bonus in Slack (and its App Home tab) and Discord on "), ready);
        assertEquals("bonus", bot.discord.guildCommands().get(0).path("name").asText(), "registered in the server of settings.yaml");
        assertFalse(bot.slack.answered("auth.test").isEmpty(), "Slack's bot token checked");
    }

    @Test
    @Order(2)
    void the_status_reads_the_same_on_slack_and_discord() {
        // given Anna Holm, who speaks English

        // when she asks for her status on each platform
        JsonNode slack = bot.askSlack(ANNA_SLACK, "status");
        JsonNode discord = bot.askDiscord(ANNA_DISCORD, null, "status", Map.of());

        // then every line reads the same, in the same order: the share programme's "not part of the cash payout" note
        // after its figures on both (on Discord in an embed of its own, since an embed shows its text above its fields)
        List<String> onSlack = VisibleText.ofSlack(slack);
        assertEquals("Bonus status · Anna Holm", onSlack.get(0));
        assertSameOnBoth(onSlack, VisibleText.ofDiscord(discord));
    }

    @Test
    @Order(3)
    void the_explanation_reads_the_same_on_slack_and_discord() {
        // given Anna Holm

        // when
        JsonNode slack = bot.askSlack(ANNA_SLACK, "explain");
        JsonNode discord = bot.askDiscord(ANNA_DISCORD, null, "explain", Map.of());

        // then
        List<String> onSlack = VisibleText.ofSlack(slack);
        assertEquals("How your bonus is calculated · Anna Holm", onSlack.get(0));
        assertSameOnBoth(onSlack, VisibleText.ofDiscord(discord));
    }

    @Test
    @Order(4)
    void what_a_renewal_of_100000_would_pay_reads_the_same_on_slack_and_discord() {
        // given Anna Holm

        // when she types the amount and deal type on Slack and picks them as options on Discord
        JsonNode slack = bot.askSlack(ANNA_SLACK, "whatif 100000 renewal");
        JsonNode discord = bot.askDiscord(ANNA_DISCORD, null, "whatif", Map.of("amount", "100000", "deal_type", "renewal"));

        // then
        List<String> onSlack = VisibleText.ofSlack(slack);
        assertEquals("What if you close DKK 100,000.00 (Renewal) today", onSlack.get(0));
        assertSameOnBoth(onSlack, VisibleText.ofDiscord(discord));
    }

    @Test
    @Order(5)
    void a_managers_team_overview_reads_the_same_in_danish_on_slack_and_discord() {
        // given Mette Lund, who manages the Nordics team and speaks the company's Danish

        // when
        JsonNode slack = bot.askSlack(METTE_SLACK, "team");
        JsonNode discord = bot.askDiscord(METTE_DISCORD, null, "team", Map.of());

        // then
        List<String> onSlack = VisibleText.ofSlack(slack);
        assertTrue(onSlack.stream().anyMatch(l -> l.contains("4. kvartal 2026")), String.join("\n", onSlack));
        assertSameOnBoth(onSlack, VisibleText.ofDiscord(discord));
    }

    @Test
    @Order(6)
    void a_seller_asking_for_someone_elses_admin_status_gets_the_same_refusal_on_both() {
        // given Mikkel Larsen, a seller and no admin, who speaks Danish

        // when
        JsonNode slack = bot.askSlack(MIKKEL_SLACK, "admin status anna.holm");
        JsonNode discord = bot.askDiscord(MIKKEL_DISCORD, "admin", "status", Map.of("person", "anna.holm"));

        // then
        List<String> refusal = List.of(Texts.of(Language.DA).get("error.not_admin"));
        assertEquals(refusal, VisibleText.ofSlack(slack));
        assertEquals(refusal, VisibleText.ofDiscord(discord));
    }

    @Test
    @Order(7)
    void a_stop_signal_stops_both_platforms_and_exits_with_0() {
        // given the process on both platforms

        // when
        InProcessCli.Run run = bot.stop();

        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.err().endsWith("Bonusbot stopped.\n"), run.toString());
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", bot.port).close(), "Slack's HTTP port is closed");
        for (String secret : List.of(BonusbotOnBothPlatforms.SIGNING_SECRET, FakeSlackApi.BOT_TOKEN, FakeDiscord.BOT_TOKEN)) {
            assertFalse(run.err().contains(secret) || run.out().contains(secret), "never prints a token or secret");
        }
    }

    /** Line for line the same, and so the same figures (amounts, percentages, dates) in the same order. */
    private static void assertSameOnBoth(List<String> onSlack, List<String> onDiscord) {
        assertEquals(String.join("\n", onSlack), String.join("\n", onDiscord), "Slack (expected) and Discord (actual) differ");
        List<String> figures = VisibleText.figures(onSlack);
        assertFalse(figures.isEmpty(), "an answer without figures: " + onSlack);
        assertEquals(figures, VisibleText.figures(onDiscord));
    }
}
