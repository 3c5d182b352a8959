package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static app.bonusbot.chat.discord.LiveDiscordBot.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeState;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disputes in Discord end to end: real JDA logged in to the loopback fake Discord. Anna opens a case with {@code /bonus
 * dispute open}, Karin (the admin) gets a direct message with Anna's figures and Accept/Reject buttons, accepts in the
 * modal with an amount, and Anna is told by direct message.
 */
class DiscordDisputesEndToEndTest {

    @TempDir
    Path dir;

    private LiveDiscordBot live;

    @BeforeEach
    void the_bot_delivers_dispute_notices_in_discord() {
        live = LiveDiscordBot.start(dir);
        live.bed.application.disputes().messenger().deliverThrough(List.of(live.bot.disputeNotices(Optional.empty())), e -> {
            throw e;
        });
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void a_case_opened_in_discord_reaches_the_admin_and_is_resolved_through_the_buttons_modal() {
        // WHEN Anna opens a case with the structured options
        SentMessage opened = live.answer(live.bonus(ANNA, "dispute", "open", Map.of("text", "The Acme deal is missing", "deal", "D-123")));
        // THEN she alone gets her case number
        assertTrue(LiveDiscordBot.text(opened).contains("Case 1 is opened."), LiveDiscordBot.text(opened));
        // AND Karin gets a direct message in Danish with the case, Anna's figures and the buttons
        SentMessage notice = live.discord.awaitDmsTo(KARIN, 1, WAIT).get(0);
        assertTrue(LiveDiscordBot.text(notice).contains("Indsigelse · sag 1 · Anna Holm"), LiveDiscordBot.text(notice));
        assertTrue(LiveDiscordBot.text(notice).contains("Bonusstatus · Anna Holm"), LiveDiscordBot.text(notice));
        assertEquals(List.of("dispute:accept:1", "dispute:reject:1"), LiveDiscordBot.customIds(notice));

        // WHEN Karin clicks Accept
        Interaction clicked = live.discord.buttonClick(KARIN, "dispute:accept:1", notice.messageId(), true);
        // THEN a modal opens with an answer box and an amount box
        Callback modal = live.discord.awaitCallback(clicked, WAIT);
        assertEquals(Callback.MODAL, modal.type());
        assertEquals("dispute:accept:1", modal.data().path("custom_id").asText());
        assertEquals(2, modal.data().path("components").size());

        // WHEN she submits an answer and 500
        Interaction submitted = live.discord.modalSubmit(KARIN, "dispute:accept:1",
                Map.of(DisputeInteractions.ANSWER_INPUT, "Added the Acme deal", DisputeInteractions.AMOUNT_INPUT, "500"), notice.messageId(), true);
        // THEN she alone sees it resolved, and Anna is told by direct message
        Callback deferred = live.discord.awaitCallback(submitted, WAIT);
        assertTrue(deferred.ephemeral(), "only the admin sees the outcome");
        SentMessage told = live.discord.awaitDmsTo(ANNA, 1, WAIT).get(0);
        assertTrue(LiveDiscordBot.text(told).contains("Your case 1 is accepted"), LiveDiscordBot.text(told));
        assertTrue(LiveDiscordBot.text(told).contains("DKK 500.00 is added to your pay as an adjustment."), LiveDiscordBot.text(told));
        Dispute stored = live.bed.application.disputes().book().byNumber(1).orElseThrow();
        assertEquals(List.of(DisputeState.ACCEPTED, Optional.of(new BigDecimal("500.00")), Optional.of("karin.dahl")),
                List.of(stored.state(), stored.adjustment(), stored.resolvedBy()));
    }

    @Test
    void a_seller_cannot_resolve_with_the_slash_command_and_sees_their_own_cases() {
        // GIVEN a case of Anna
        live.answer(live.bonus(ANNA, "dispute", "open", Map.of("text", "The Acme deal is missing")));
        // WHEN she tries to resolve it, then lists her cases
        SentMessage refused = live.answer(live.bonus(ANNA, "dispute", "resolve", Map.of("case", "1", "answer", "Yes", "decision", "accept")));
        SentMessage listed = live.answer(live.bonus(ANNA, "disputes", Map.of()));
        // THEN
        assertTrue(LiveDiscordBot.text(refused).contains("Only Bonusbot admins"), LiveDiscordBot.text(refused));
        assertTrue(LiveDiscordBot.text(listed).contains("Case 1 · 27 Nov 2026 · open"), LiveDiscordBot.text(listed));
    }
}
