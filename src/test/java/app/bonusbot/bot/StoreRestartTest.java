package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.bonusbot.DemoCompany;
import app.bonusbot.chat.ChatInput;
import app.bonusbot.chat.ChatOutcome;
import app.bonusbot.chat.ChatRequest;
import app.bonusbot.chat.ChatSource;
import app.bonusbot.chat.ChatTurn;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.store.OwnPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot on PostgreSQL whose server is restarted or stopped by an administrator: the connections it keeps for its
 * reads and writes die with the server, and the next answer must not. A server of this test's own, so that the other
 * tests' shared one runs on.
 */
@Timeout(180)
class StoreRestartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private OwnPostgres server;
    private Application bot;
    private ChatTurn turn;

    @BeforeEach
    void a_bot_on_a_postgresql_of_its_own_that_has_answered_once() {
        server = OwnPostgres.start();
        bot = Application.open(DemoCompany.configCopy(dir), server.address(),
                zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone), true, null);
        turn = new ChatTurn(bot.commands(), bot::company);
        assertInstanceOf(ChatOutcome.Answered.class, ask("status"));
    }

    @AfterEach
    void stop() {
        try {
            bot.close();
        } finally {
            server.close();
        }
    }

    @Test
    void the_first_answer_after_a_server_restart_is_an_answer() {
        // GIVEN Anna's status as it was before
        String before = text(ask("status"));

        // WHEN the server restarts, which ends every connection the bot keeps
        server.restart();

        // THEN her next status is the same answer, not an apology
        ChatOutcome after = ask("status");
        assertInstanceOf(ChatOutcome.Answered.class, after, () -> "not answered: " + describe(after));
        assertEquals(before, text(after));
    }

    @Test
    void a_write_after_a_server_restart_lands() {
        // GIVEN the server restarted
        server.restart();

        // WHEN an adjustment is added and her status asked for
        bot.adjustments().add(new Adjustment(0, "anna.holm", "2026-Q4", Optional.empty(), new BigDecimal("250.00"), AdjustmentKind.MANUAL,
                Optional.of("Fair share of the Nordfisk deal"), Optional.empty(), Optional.empty(), Instant.now(bot.clock()), "karin.dahl"));

        // THEN it is there
        ChatOutcome answered = ask("status");
        assertInstanceOf(ChatOutcome.Answered.class, answered, () -> "not answered: " + describe(answered));
        String status = text(answered);
        org.junit.jupiter.api.Assertions.assertTrue(status.contains("Fair share of the Nordfisk deal"), status);
    }

    @Test
    void while_the_server_is_down_a_person_is_told_the_database_cannot_be_reached_and_after_it_is_back_answered() {
        // GIVEN the server stopped
        server.stop();

        // WHEN Anna asks for her status
        ChatOutcome down = ask("status");

        // THEN she is told, in a sentence, that the database cannot be reached just now
        ChatOutcome.Failed failed = assertInstanceOf(ChatOutcome.Failed.class, down);
        assertEquals("Bonusbot cannot reach its database right now, so I could not work out your answer. Please try again in a minute.",
                text(failed.notice()).strip());

        // and once the server is back, her next status is answered
        server.startAgain();
        assertInstanceOf(ChatOutcome.Answered.class, ask("status"), () -> describe(ask("status")));
    }

    private ChatOutcome ask(String text) {
        return turn.take(new ChatRequest(ChatSource.SLACK, "U0ANNA", Optional.of("anna.holm"), new ChatInput.Typed(text)));
    }

    private static String text(ChatOutcome outcome) {
        return text(((ChatOutcome.Answered) outcome).reply());
    }

    private static String text(Reply reply) {
        return new TextRenderer().render(reply);
    }

    private static String describe(ChatOutcome outcome) {
        return outcome instanceof ChatOutcome.Failed f ? f.cause().toString() : outcome.toString();
    }
}
