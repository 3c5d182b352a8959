package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.LiveDiscordBot.WAIT;
import static app.bonusbot.chat.discord.LiveDiscordBot.customIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.core.approval.ApprovalRounds;
import app.bonusbot.core.approval.Approvals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approval in Discord end to end: real JDA logged in to the loopback fake Discord, settings.yaml requiring approval,
 * the asks for Q4 2026 sent by the bot as direct messages, and the Approve button clicked over the fake gateway.
 */
class DiscordApprovalTest {

    private static final String JONAS = "700000000000000102";

    @TempDir
    Path dir;

    private LiveDiscordBot live;
    private Approvals approvals;

    @BeforeEach
    void sales_ops_asks_the_managers_to_approve_q4() {
        live = LiveDiscordBot.start(dir, config -> DemoCompany.replace(config.resolve("settings.yaml"), "demo_data: false\n",
                "demo_data: false\napproval: {required: true, remind_at: \"09:00\"}\n"));
        approvals = live.bed.application.approvals();
        approvals.request(approvals.period("2026-Q4").orElseThrow(), "cli");
        assertEquals(List.of(new ApprovalRounds.Sent("2026-Q4", 3, 0)), new ApprovalRounds(approvals, live.bot.approvalDelivery()).ask());
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private String approveButton(SentMessage message) {
        List<String> ids = customIds(message);
        assertEquals(1, ids.size(), ids.toString());
        assertTrue(ids.get(0).startsWith("approve:2026-Q4|"), ids.toString());
        return ids.get(0);
    }

    @Test
    void the_manager_clicking_approve_in_the_direct_message_records_it_and_the_button_goes() {
        // given Jonas's ask, in English, with his team's figures
        SentMessage ask = live.discord.awaitDmsTo(JONAS, 1, WAIT).get(0);
        assertTrue(LiveDiscordBot.text(ask).contains("Approve: DACH · Q4 2026"), LiveDiscordBot.text(ask));
        assertTrue(LiveDiscordBot.text(ask).contains("Lukas Schmidt"), LiveDiscordBot.text(ask));

        // when he clicks Approve
        SentMessage edited = live.click(JONAS, ask, approveButton(ask));

        // then the same message now says so and has no button, and the approval is stored as his
        assertEquals(ask.messageId(), edited.messageId());
        assertTrue(LiveDiscordBot.text(edited).contains("Approved: DACH, Q4 2026 (3 people, total "), LiveDiscordBot.text(edited));
        assertEquals(List.of(), customIds(edited));
        assertEquals(List.of("jonas.weber"), approvals.repository().approvals("2026-Q4").stream().map(a -> a.actor()).toList());
    }

    @Test
    void a_seller_clicking_a_managers_button_is_refused_in_a_note_only_they_see() {
        // given Mette's ask, in Danish
        SentMessage ask = live.discord.awaitDmsTo(DiscordTestBed.METTE, 1, WAIT).get(0);
        assertTrue(LiveDiscordBot.text(ask).contains("Godkend: Nordics new business"), LiveDiscordBot.text(ask));

        // when Anna clicks its button
        Interaction click = live.discord.buttonClick(DiscordTestBed.ANNA, approveButton(ask), ask.messageId(), true);

        // then the click is acknowledged, and an ephemeral note refuses it in Anna's language; nothing is stored
        assertEquals(Callback.DEFERRED_UPDATE_MESSAGE, live.discord.awaitCallback(click, WAIT).type());
        live.discord.awaitRequests(RequestFilters.followup(click.token()), 1, WAIT);
        SentMessage note = live.discord.followups(click.token()).get(0);
        assertTrue(note.ephemeral(), note.payload().toString());
        assertEquals("Only the manager of Nordics new business (Mette Lund) can approve its statements. Nothing was recorded.", note.content());
        assertEquals(List.of(), approvals.repository().approvals("2026-Q4"));
    }
}
