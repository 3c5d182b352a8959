package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {

    private final CommandHandler handler = SampleCompany.handler();
    private final TextRenderer renderer = new TextRenderer();

    private String ask(String personId, String text) {
        return renderer.render(handler.handle(personId, text));
    }

    @Test
    void status_shows_progress_payout_pace_and_the_next_tier_of_each_plan() {
        // given Anna has 600,000 of new business against 1,000,000 and a 60,000 target bonus (marginal, rate 1.0 to 100 %)
        // when
        String answer = ask("anna", "/bonus status");
        // then 0.6 x 60,000 = 36,000; 400,000 more reaches 100 %
        assertTrue(answer.contains("60 % of target · DKK 600,000.00 of DKK 1,000,000.00"), answer);
        assertTrue(answer.contains("Payout so far: DKK 36,000.00"), answer);
        assertTrue(answer.contains("DKK 400,000.00 more reaches the next tier at 100 % (×1.5)"), answer);
        assertTrue(answer.contains("On pace for"), answer);
        // team pool: 1,575,000 / 3,000,000 x 30,000 = 15,750, split between 2 = 7,875; renewal milestone 2,500
        assertTrue(answer.contains("DKK 7,875.00 (equal share of 2 members)"), answer);
        assertTrue(answer.contains("Total cash payout: DKK 46,375.00"), answer);
    }

    @Test
    void status_has_a_progress_bar_block_per_measured_plan() {
        // when
        Reply reply = handler.handle("anna", "status");
        // then
        long bars = reply.blocks().stream().filter(b -> b instanceof Block.Progress).count();
        assertTrue(bars == 2, "performance and team plans each have a bar, got " + bars);
    }

    @Test
    void a_danish_seller_gets_danish_texts_and_formats() {
        // when
        String answer = ask("bo", "status");
        // then Bo: 900,000 of 1,000,000 -> 0.9 x 60,000 = 54,000
        assertTrue(answer.contains("Udbetaling indtil nu: 54.000,00 kr."), answer);
        assertTrue(answer.contains("4. kvartal 2026"), answer);
    }

    @Test
    void explain_shows_each_deal_band_slice_and_the_total() {
        // when
        String answer = ask("anna", "explain new-business");
        // then
        assertTrue(answer.contains("Acme platform"), answer);
        assertTrue(answer.contains("Borealis upsell"), answer);
        assertFalse(answer.contains("Old quarter"), "a Q3 deal is not in Q4: " + answer);
        assertTrue(answer.contains("Threshold 50 %: met at 60 %"), answer);
        assertTrue(answer.contains("Band 0 %–100 % at ×1: slice 60 % × target bonus DKK 60,000.00"), answer);
        assertTrue(answer.matches("(?s).*\\n  Payout \\.+ DKK 36,000\\.00\\n.*"), answer);
        assertTrue(answer.contains("Band 100 %–150 % at ×1.5: not reached"), answer);
        assertTrue(answer.contains("Cap 2 × target bonus = DKK 120,000.00: not reached"), answer);
        assertFalse(answer.contains("Team pool"), "only the asked plan is explained: " + answer);
    }

    @Test
    void explain_of_a_plan_the_seller_is_not_on_names_their_plans() {
        // when
        String answer = ask("anna", "explain commission");
        // then
        assertTrue(answer.contains("You are not on a plan called \"commission\""), answer);
        assertTrue(answer.contains("new-business"), answer);
    }

    @Test
    void whatif_shows_the_payout_before_and_after_and_the_tier_change() {
        // when Anna closes 500,000 more: 1,100,000 / 1,000,000 = 110 %
        String answer = ask("anna", "whatif 500000");
        // then 60,000 x 1.0 + 0.1 x 60,000 x 1.5 = 69,000, before 36,000
        assertTrue(answer.contains("Payout: DKK 36,000.00 → DKK 69,000.00 (+DKK 33,000.00)"), answer);
        assertTrue(answer.contains("Moves from the tier 0 %–100 % ×1 to the tier 100 %–150 % ×1.5"), answer);
    }

    @Test
    void team_is_refused_politely_to_someone_who_manages_no_team() {
        // when
        String answer = ask("anna", "team");
        // then
        assertTrue(answer.contains("The team overview is for team managers"), answer);
        assertFalse(answer.contains("Bo Jensen"), answer);
    }

    @Test
    void a_manager_sees_each_members_attainment_but_no_pay() {
        // when
        String answer = ask("mia", "team");
        // then
        assertTrue(answer.contains("Anna Holm"), answer);
        assertTrue(answer.contains("Bo Jensen"), answer);
        assertTrue(answer.contains("60 %"), answer);
        assertTrue(answer.contains("90 %"), answer);
        assertFalse(answer.contains("36,000") || answer.contains("36.000"), "no payout amounts in the team view: " + answer);
        assertFalse(answer.contains("54,000") || answer.contains("54.000"), "no payout amounts in the team view: " + answer);
    }

    @Test
    void an_unknown_user_is_told_they_are_not_enrolled_in_the_company_language() {
        // given the company language is Danish
        // when
        String answer = ask("nobody", "status");
        // then
        assertTrue(answer.contains("Jeg kender dig ikke endnu"), answer);
    }

    @Test
    void a_known_person_on_no_plan_is_told_so() {
        // when
        String answer = ask("olga", "status");
        // then
        assertTrue(answer.contains("Olga Nyborg, du er ikke med i nogen bonusordning"), answer);
    }

    @Test
    void a_malformed_command_gets_the_reason_and_the_help_text() {
        // when
        String answer = ask("anna", "whatif lots");
        // then
        assertTrue(answer.contains("\"lots\" is not an amount"), answer);
        assertTrue(answer.contains("/bonus status [period]"), answer);
    }

    @Test
    void help_works_even_for_unknown_users_in_the_company_language() {
        // when
        String answer = ask(null, "help");
        // then the company's language is Danish, placeholders included
        assertTrue(answer.contains("/bonus whatif <beløb> [aftaletype]"), answer);
    }

    @Test
    void a_past_period_has_no_pace() {
        // when
        String answer = ask("anna", "status 2026-Q3");
        // then Q3: 500,000 / 1,000,000 = 50 % exactly at the threshold -> 0.5 x 60,000 = 30,000
        assertTrue(answer.contains("Payout: DKK 30,000.00"), "a closed period's payout is final: " + answer);
        assertFalse(answer.contains("On pace"), answer);
        assertFalse(answer.contains("Next tier"), "nothing more can be reached in a closed period: " + answer);
    }

    @Test
    void an_admin_sees_anyones_status_by_id_email_or_chat_mention() {
        // given Mia is an admin (settings admins) and Anna's Slack id is U1, Discord id 1
        // when
        String byId = ask("mia", "admin status anna");
        String bySlackMention = ask("mia", "admin status <@U1|anna>");
        String byDiscordMention = ask("mia", "admin status <@!1>");
        String byEmail = ask("mia", "admin status anna@example.com");
        // then all four are Anna's status, in Mia's language (the Danish company default)
        for (String answer : new String[] {byId, bySlackMention, byDiscordMention, byEmail}) {
            assertTrue(answer.contains("Bonusstatus · Anna Holm"), answer);
        }
    }

    @Test
    void admin_commands_are_refused_to_everyone_else_without_revealing_anything() {
        // when Anna, no admin, asks for Bo's status
        String answer = ask("anna", "admin status bo");
        // then
        assertTrue(answer.contains("Admin commands are for Bonusbot admins"), answer);
        assertFalse(answer.contains("Bo Jensen"), answer);
        assertFalse(answer.contains("54,000"), answer);
    }

    @Test
    void an_admin_asking_for_an_unknown_person_is_told_so() {
        // when
        String answer = ask("mia", "admin status nobody");
        // then
        assertTrue(answer.contains("\"nobody\""), answer);
    }

    @Test
    void an_admin_sees_anyones_status_by_full_name_with_or_without_quotes_in_any_letter_case() {
        // when
        String plain = ask("mia", "/bonus admin status Anna Holm");
        String quoted = ask("mia", "/bonus admin status \"Anna Holm\"");
        String lowerCase = ask("mia", "/bonus admin status anna holm forrige");
        // then
        assertTrue(plain.contains("Bonusstatus · Anna Holm"), plain);
        assertEquals(plain, quoted);
        assertTrue(lowerCase.contains("Bonusstatus · Anna Holm"), lowerCase);
        assertTrue(lowerCase.contains("3. kvartal 2026"), "forrige is the previous quarter: " + lowerCase);
    }

    @Test
    void an_admin_mistyping_a_person_is_asked_whether_they_meant_the_nearest_one_in_their_language() {
        // given Mia speaks Danish (the company default); the same company with English as its default
        Company danish = SampleCompany.company();
        Settings englishSettings = new Settings("Nordlys", SampleCompany.ZONE, Currency.getInstance("DKK"), Language.EN, Set.of("mia"));
        Company english = new Company(englishSettings, danish.directory(), danish.plans(), danish.targets());
        CommandHandler inEnglish = new CommandHandler(() -> english, SampleCompany.deals(), SampleCompany.CLOCK);
        // when
        String byTypo = renderer.render(inEnglish.handle("mia", "admin status annaa"));
        String byName = renderer.render(inEnglish.handle("mia", "admin status Ana Holm"));
        String inDanish = ask("mia", "admin status bo.jensen");
        // then
        assertTrue(byTypo.startsWith("No one is called \"annaa\" — did you mean anna (Anna Holm)?"), byTypo);
        assertTrue(byName.startsWith("No one is called \"Ana Holm\" — did you mean anna (Anna Holm)?"), byName);
        assertTrue(inDanish.startsWith("Ingen hedder \"bo.jensen\" — mente du bo (Bo Jensen)?"), inDanish);
    }

    @Test
    void help_lists_the_period_words_of_both_languages() {
        // when
        String english = ask("anna", "help");
        String danish = ask("bo", "help");
        // then
        assertTrue(english.contains("Q4 (the latest Q4), last quarter"), english);
        assertTrue(danish.contains("forrige, 2026-11") && danish.contains("sidste, K4 (seneste 4. kvartal), sidste kvartal"), danish);
    }

    @Test
    void help_says_an_admin_may_name_a_person_by_full_name() {
        // when
        String english = ask("anna", "help");
        String danish = ask("bo", "help");
        // then: the help offers every way admin status accepts, the full name included
        assertTrue(english.contains("anyone's status (person id, e-mail, full name or @mention)"), english);
        assertTrue(danish.contains("enhver persons status (person-id, e-mail, fulde navn eller @omtale)"), danish);
    }
}
