package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.GHOST;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static app.bonusbot.chat.discord.DiscordTestBed.METTE;
import static app.bonusbot.chat.discord.MockedSlashCommand.bonus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRounds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/**
 * {@code /bonus} from mocked JDA interactions into the real command layer, store and renderer: deferred ephemerally at
 * once, answered by editing the deferred reply.
 */
class BonusSlashCommandTest {

    @TempDir
    Path dir;

    private DiscordTestBed bed;

    @BeforeEach
    void the_demo_company() {
        bed = DiscordTestBed.open(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** Answers on the calling thread, so an interaction is answered when the listener returns. */
    private BonusSlashCommand listener() {
        return listener(bed.application.commands(), Runnable::run);
    }

    private BonusSlashCommand listener(CommandHandler commands, Executor executor) {
        return new BonusSlashCommand(commands, bed.application::company, bed.people(), executor);
    }

    private MockedSlashCommand answered(MockedSlashCommand command) {
        listener().onSlashCommandInteraction(command.event);
        return command;
    }

    private static String title(List<MessageEmbed> embeds) {
        return embeds.get(0).getTitle();
    }

    /** Holds work back until {@link #run()}, so a test can look between the defer and the answer. */
    private static final class HeldExecutor implements Executor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable work) {
            held.add(work);
        }

        void run() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void status_is_deferred_ephemerally_before_any_work_and_the_deferred_reply_becomes_the_answer() {
        // given the work is held back
        HeldExecutor executor = new HeldExecutor();
        MockedSlashCommand command = bonus(ANNA, "status");
        // when
        listener(bed.application.commands(), executor).onSlashCommandInteraction(command.event);
        // then the interaction is deferred, ephemerally, and nothing else happened yet
        InOrder order = inOrder(command.event, command.defer);
        order.verify(command.event).deferReply(true);
        order.verify(command.defer).queue(any(), any());
        verify(command.hook, never()).editOriginal(any(MessageEditData.class));
        assertEquals(1, executor.held.size());
        // when the work runs
        executor.run();
        // then the deferred reply is replaced by the status
        EmbedSnapshots.assertMatches("status", command.answer());
    }

    @Test
    void explain_lists_every_line_of_the_calculation() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "explain"));
        // then
        EmbedSnapshots.assertMatches("explain", command.answer());
        assertEquals("How your bonus is calculated · Anna Holm", title(command.answer()));
        assertTrue(command.answerText().contains("Attainment: DKK 412,500.00 / DKK 750,000.00 — **55 %**"), command.answerText());
    }

    @Test
    void explain_of_one_plan_names_only_that_plan() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "explain", Map.of("plan", "win-rate")));
        // then
        List<MessageEmbed> embeds = command.answer();
        assertEquals("Win-rate kicker · Q4 2026", embeds.get(1).getTitle());
        assertFalse(EmbedSnapshots.json(embeds).contains("Quarterly new business bonus"));
    }

    @Test
    void whatif_compares_the_payout_before_and_after_the_deal() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "whatif", Map.of("amount", "100000", "deal_type", "renewal")));
        // then
        EmbedSnapshots.assertMatches("whatif", command.answer());
        assertTrue(command.answerText().contains("Total cash payout: DKK 54,916.67 → DKK 56,694.44 (+DKK 1,777.77)"), command.answerText());
    }

    @Test
    void team_shows_a_manager_each_members_attainment_in_the_managers_language() {
        // when
        MockedSlashCommand command = answered(bonus(METTE, "team"));
        // then
        EmbedSnapshots.assertMatches("team", command.answer());
        List<MessageEmbed> embeds = command.answer();
        assertEquals("Kun målopfyldelse: beløb er personlige og vises kun til den enkelte sælger.",
                embeds.get(embeds.size() - 1).getFooter().getText());
    }

    @Test
    void help_lists_every_command() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "help"));
        // then
        EmbedSnapshots.assertMatches("help", command.answer());
    }

    @Test
    void a_malformed_argument_is_answered_with_the_reason_and_the_help() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "whatif", Map.of("amount", "lots")));
        // then
        List<MessageEmbed> embeds = command.answer();
        assertEquals("\"lots\" is not an amount. Write it like 50000 or 50,000.", embeds.get(0).getDescription());
        assertEquals("Bonusbot · what you can ask", embeds.get(1).getTitle());
    }

    @Test
    void an_unknown_discord_user_is_told_they_are_not_enrolled_and_given_their_user_id_for_sales_ops() {
        // when
        MockedSlashCommand command = answered(bonus(GHOST, "status"));
        // then in the company's language
        List<MessageEmbed> embeds = command.answer();
        assertEquals(1, embeds.size());
        assertEquals("Jeg kender dig ikke endnu, så jeg har ingen bonustal til dig. Bed sales ops om at tilføje dit chat-id i Bonusbot.",
                embeds.get(0).getDescription());
        assertEquals("Dit Discord-bruger-id er 700000000000000999. Sales ops kan tilføje det som discord_id i people.yaml.",
                embeds.get(0).getFooter().getText());
    }

    @Test
    void a_seller_asking_an_admin_command_is_refused_by_the_core_and_sees_nobody_elses_numbers() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "admin status", Map.of("person", "<@" + METTE + ">")));
        // then
        List<MessageEmbed> embeds = command.answer();
        assertEquals(1, embeds.size());
        assertEquals("Admin commands are for Bonusbot admins (settings.yaml, admins), and you are not one. /bonus status shows your own"
                + " figures.", embeds.get(0).getDescription());
        assertTrue(embeds.get(0).getFields().isEmpty());
    }

    @Test
    void an_admin_sees_anyones_status_by_id_by_mention_and_by_full_name() {
        // when
        MockedSlashCommand byId = answered(bonus(KARIN, "admin status", Map.of("person", "anna.holm")));
        MockedSlashCommand byMention = answered(bonus(KARIN, "admin status", Map.of("person", "<@" + ANNA + ">")));
        MockedSlashCommand byName = answered(bonus(KARIN, "admin status", Map.of("person", "Anna Holm", "period", "previous")));
        // then in Karin's language (Danish, the company default)
        assertEquals("Bonusstatus · Anna Holm", title(byId.answer()));
        assertEquals(EmbedSnapshots.json(byId.answer()), EmbedSnapshots.json(byMention.answer()));
        assertEquals(EmbedSnapshots.json(bed.rendered("karin.dahl", "admin status anna.holm previous").embeds()),
                EmbedSnapshots.json(byName.answer()));
        assertTrue(EmbedSnapshots.json(byName.answer()).contains("3. kvartal 2026"));
    }

    @Test
    void a_manager_reads_the_results_of_a_closed_survey_round() {
        // given five sellers answered the demo survey and the round was closed
        Survey survey = bed.application.config().surveys().get(0);
        SurveyRounds rounds = bed.application.surveyRounds(SurveyDelivery.NONE);
        rounds.openNow(survey);
        for (String seller : List.of("anna.holm", "mikkel.larsen", "emma.poulsen", "lukas.schmidt", "hanna.vogel")) {
            bed.application.commands().handle(seller, "feedback clarity 4");
        }
        rounds.closeNow(survey);
        // when
        MockedSlashCommand command = answered(bonus(METTE, "survey results"));
        // then the core's answer for Mette, in Danish
        List<MessageEmbed> embeds = command.answer();
        assertEquals(EmbedSnapshots.json(bed.rendered("mette.lund", "survey results").embeds()), EmbedSnapshots.json(embeds));
        assertEquals("Resultater af undersøgelsen · Din mening om bonusordningen", title(embeds));
    }

    @Test
    void a_seller_asking_for_survey_results_is_refused_by_the_core() {
        // when
        MockedSlashCommand command = answered(bonus(ANNA, "survey results"));
        // then
        List<MessageEmbed> embeds = command.answer();
        assertEquals(1, embeds.size());
        assertEquals("Survey results are for Bonusbot admins and for team managers (their own team). Everyone's answers stay anonymous"
                + " either way.", embeds.get(0).getDescription());
    }

    @Test
    void a_failure_while_answering_gets_a_polite_answer_without_any_technical_detail() {
        // given a store that fails
        Supplier<Company> broken = () -> {
            throw new IllegalStateException("[SQLITE_BUSY] The database file is locked");
        };
        MockedSlashCommand command = bonus(ANNA, "status");
        // when
        listener(new CommandHandler(broken, bed.application.ledger(), bed.application.clock()), Runnable::run).onSlashCommandInteraction(command.event);
        // then
        verify(command.event).deferReply(true);
        List<MessageEmbed> embeds = command.answer();
        assertEquals(1, embeds.size());
        assertEquals("Sorry, something went wrong while I worked out your answer. Please try again in a minute; if it keeps happening, tell"
                + " sales ops.", embeds.get(0).getDescription());
        assertFalse(EmbedSnapshots.json(embeds).contains("SQLITE"));
    }

    @Test
    void no_free_worker_is_answered_at_once_with_a_request_to_try_again() {
        // given
        Executor full = work -> {
            throw new RejectedExecutionException("queue full");
        };
        MockedSlashCommand command = bonus(METTE, "status");
        // when
        listener(bed.application.commands(), full).onSlashCommandInteraction(command.event);
        // then deferred first, then told in the company's language
        InOrder order = inOrder(command.event, command.hook);
        order.verify(command.event).deferReply(true);
        order.verify(command.hook).editOriginal(any(MessageEditData.class));
        assertEquals("Jeg har for mange spørgsmål at besvare lige nu. Prøv igen om et minut.", command.answer().get(0).getDescription());
    }

    @Test
    void other_commands_are_left_alone() {
        // given
        MockedSlashCommand command = new MockedSlashCommand("ping", ANNA, "status", Map.of());
        // when
        listener().onSlashCommandInteraction(command.event);
        // then
        verify(command.event, never()).deferReply(anyBoolean());
        verifyNoInteractions(command.hook);
    }
}
