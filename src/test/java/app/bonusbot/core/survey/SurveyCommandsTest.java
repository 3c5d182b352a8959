package app.bonusbot.core.survey;

import static app.bonusbot.core.survey.SurveyFixtures.ADA;
import static app.bonusbot.core.survey.SurveyFixtures.MONA;
import static app.bonusbot.core.survey.SurveyFixtures.NORTH;
import static app.bonusbot.core.survey.SurveyFixtures.SOUTH;
import static app.bonusbot.core.survey.SurveyFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.people.Person;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /bonus feedback} and {@code /bonus survey results} on a real SQLite file, through quarters. */
class SurveyCommandsTest {

    private static final ZonedDateTime Q4_OPENS = ZonedDateTime.of(2026, 10, 1, 10, 0, 0, 0, ZONE);
    private static final ZonedDateTime Q1_OPENS = ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, ZONE);
    private static final ZonedDateTime Q1_CLOSES = ZonedDateTime.of(2027, 1, 15, 10, 0, 0, 0, ZONE);

    @TempDir
    Path tempDir;

    private SurveyBot bot(Survey survey) {
        return new SurveyBot(tempDir.resolve("bonusbot.db"), new TestClock(Q4_OPENS.minusDays(1)), survey);
    }

    private static String text(SurveyResultsAnswer answer) {
        return new TextRenderer().render(answer.reply());
    }

    /** Q4: each North seller and South seller answers clarity with the given values, in order. */
    private static void answer(SurveyBot bot, List<Person> people, String question, String... values) {
        for (int i = 0; i < values.length; i++) {
            bot.answering.answer(people.get(i), question, values[i]);
        }
    }

    @Test
    void a_seller_is_refused_results_politely() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        SurveyCommands commands = new SurveyCommands(bot.surveys);
        // when
        SurveyResultsAnswer answer = commands.results(NORTH.get(1), Optional.empty());
        // then
        assertEquals("Survey results are for Bonusbot admins and for team managers (their own team). Everyone's answers stay anonymous either way.\n",
                text(answer));
        assertTrue(answer.charts().isEmpty());
    }

    @Test
    void the_admin_sees_everyone_and_each_team_with_mean_change_distribution_comments_and_a_chart() {
        // given k = 3; Q4: North clarity 2,2,2,2,2,2 (2.00), South 3,3,3 (3.00); Q1: North 4,4,4,5,5,5 (4.50), South 1,2,3 (2.00)
        SurveyBot bot = bot(SurveyFixtures.survey(new Audience.AllSellers(), 3));
        SurveyCommands commands = new SurveyCommands(bot.surveys);
        bot.driveUntil(Q4_OPENS.plusDays(1));
        answer(bot, NORTH, "clarity", "2", "2", "2", "2", "2", "2");
        answer(bot, SOUTH, "clarity", "3", "3", "3");
        bot.driveUntil(Q1_OPENS.plusDays(1));
        answer(bot, NORTH, "clarity", "4", "4", "4", "5", "5", "5");
        answer(bot, SOUTH, "clarity", "1", "2", "3");
        answer(bot, SOUTH, "comments", "Targets are too high", "Clearer rules", "a dashboard");
        bot.driveUntil(Q1_CLOSES);
        // when
        SurveyResultsAnswer answer = commands.results(ADA, Optional.empty());
        // then everyone: 15 / 9 = 1.67 ... (Q1: 27 + 6 = 33 / 9 = 3.67; Q4: 12 + 9 = 21 / 9 = 2.33; change +1.34)
        String out = text(answer);
        assertTrue(out.startsWith("Survey results · Bonus pulse\n"), out);
        assertTrue(out.contains("Round from 1 Jan 2027 at 10:00 to 15 Jan 2027 at 10:00"), out);
        assertTrue(out.contains("\nEveryone\n  Response rate: 9 of 9 (100 %)\n1. I understand my bonus.\n  · Clarity and transparency\n"
                + "  Mean:                     3.67 on 1–5\n  Since the previous round: +1.34\n  Answers:                  1: 1 · 2: 1 · 3: 1 · 4: 3 · 5: 3\n"), out);
        assertTrue(out.contains("\nTeam North\n  Response rate: 6 of 6 (100 %)\n1. I understand my bonus.\n  · Clarity and transparency\n"
                + "  Mean:                     4.50 on 1–5\n  Since the previous round: +2.50\n"), out);
        assertTrue(out.contains("\nTeam South\n  Response rate: 3 of 3 (100 %)\n1. I understand my bonus.\n  · Clarity and transparency\n"
                + "  Mean:                     2.00 on 1–5\n  Since the previous round: −1.00\n"), out);
        assertTrue(out.contains("4. Anything else?\n  · Comments, without names, in alphabetical order\n• a dashboard\n• Clearer rules\n"
                + "• Targets are too high\n"), out);
        assertEquals(1, out.split("• Clearer rules", -1).length - 1, "comments are shown once, under everyone");
        SurveyChart chart = answer.charts().get(0);
        assertEquals(new SurveyChart.Bar("1. I understand my bonus.", new java.math.BigDecimal("3.67"), Optional.of(new java.math.BigDecimal("2.33"))),
                chart.bars().get(0));
        assertEquals(1, chart.low());
        assertEquals(5, chart.high());
    }

    @Test
    void a_manager_sees_only_their_own_team_in_their_language() {
        // given k = 3 and both teams answered
        SurveyBot bot = bot(SurveyFixtures.survey(new Audience.AllSellers(), 3));
        bot.driveUntil(Q1_OPENS.plusDays(1));
        answer(bot, NORTH, "clarity", "4", "4", "4", "5", "5", "5");
        answer(bot, SOUTH, "clarity", "1", "2", "3");
        answer(bot, SOUTH, "comments", "South only", "South too", "South three");
        answer(bot, NORTH, "comments", "North one", "North two", "North three");
        bot.driveUntil(Q1_CLOSES);
        // when Mona (Danish) manages North
        String out = text(new SurveyCommands(bot.surveys).results(MONA, Optional.of("pulse")));
        // then
        assertTrue(out.contains("\nTeam North\n  Svarprocent: 6 af 6 (100 %)\n1. Jeg forstår min bonus.\n"), out);
        assertTrue(out.contains("Gennemsnit:          4,50 på 1–5\n  Siden forrige runde: forrige runde havde for få svar at sammenligne med\n"), out);
        assertFalse(out.contains("South"), out);
        assertFalse(out.contains("\nAlle\n"), out);
        assertTrue(out.contains("4. Andet?\n  · Kommentarer, uden navne, i alfabetisk orden\n• North one\n• North three\n• North two\n"), out);
    }

    @Test
    void four_answers_are_hidden_with_k_five_and_five_are_shown() {
        // given k = 5: four sellers answer in Q4, five in Q1
        SurveyBot bot = bot(SurveyFixtures.survey());
        SurveyCommands commands = new SurveyCommands(bot.surveys);
        bot.driveUntil(Q4_OPENS.plusDays(1));
        answer(bot, NORTH, "clarity", "5", "4", "4", "3");
        bot.driveUntil(Q1_OPENS.plusDays(1));
        // when
        String four = text(commands.results(ADA, Optional.empty()));
        answer(bot, NORTH, "clarity", "5", "4", "4", "3", "2");
        bot.driveUntil(Q1_CLOSES);
        String five = text(commands.results(ADA, Optional.empty()));
        // then
        assertTrue(four.contains("Everyone\n  Response rate: 4 of 9 (44.4 %)\n  · Not enough answers to show results anonymously (4 answered; at least 5 are"
                + " needed).\n"), four);
        assertFalse(four.contains("Mean"), four);
        assertTrue(five.contains("Everyone\n  Response rate: 5 of 9 (55.6 %)\n1. I understand my bonus.\n"), five);
        assertTrue(five.contains("Mean:                     3.60 on 1–5\n  Since the previous round: the previous round had too few answers to compare"
                + " with\n"), five);
        assertTrue(five.contains("Team North\n  Response rate: 5 of 6 (83.3 %)\n1. I understand my bonus.\n  · Clarity and transparency\n"
                + "  Mean:                     3.60 on 1–5\n"), five);
        assertTrue(five.contains("Team South\n  Response rate: 0 of 3 (0 %)\n  · Not enough answers to show results anonymously (0 answered; at least 5"
                + " are needed).\n"), five);
    }

    @Test
    void while_a_round_is_open_only_how_many_answered_is_shown() {
        // given the first round ever
        SurveyBot bot = new SurveyBot(tempDir.resolve("bonusbot.db"), new TestClock(Q1_OPENS.minusDays(1)), SurveyFixtures.survey(new Audience.AllSellers(), 3));
        bot.driveUntil(Q1_OPENS.plusDays(1));
        answer(bot, NORTH, "clarity", "4", "4", "4");
        // when
        String out = text(new SurveyCommands(bot.surveys).results(ADA, Optional.empty()));
        // then
        assertEquals("Survey results · Bonus pulse\n============================\nA round is open until 15 Jan 2027 at 10:00: 3 of 9 have answered so far"
                + " (33.3 %). Its results are shown when it closes, so that nobody's answer can be seen as it comes in.\nNo round of this survey has"
                + " finished yet, so there are no results.\n", out);
    }

    @Test
    void feedback_without_arguments_shows_the_form_and_an_answer_moves_on_to_the_next_question() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        SurveyCommands commands = new SurveyCommands(bot.surveys);
        bot.driveUntil(Q1_OPENS.plusDays(1));
        Person niels = NORTH.get(1);
        // when
        String form = new TextRenderer().render(commands.feedback(niels, Optional.empty(), Optional.empty()));
        String saved = new TextRenderer().render(commands.feedback(niels, Optional.of("clarity"), Optional.of("4")));
        String refused = new TextRenderer().render(commands.feedback(niels, Optional.of("2"), Optional.of("11")));
        // then
        assertTrue(form.startsWith("Bonus pulse\n===========\nAnonymous feedback on the bonus plan."), form);
        assertTrue(form.contains("\n1. I understand my bonus.\n  · 1 = strongly disagree … 5 = strongly agree\nNot answered yet\n"), form);
        assertTrue(form.contains("\n3. What first?\n  1: Targets\n  2: Rates\n  3: Nothing\n"), form);
        assertTrue(form.endsWith("  · Answer with /bonus feedback <question> <answer>, e.g. /bonus feedback clarity 4. You can change an answer until the"
                + " survey closes.\n"), form);
        assertEquals("Saved: 4 · Agree\n  · You have answered 1 of 4 questions.\n\nNext question\n\n2. How motivating is it?\n"
                + "  · 0 = not at all … 10 = completely\nNot answered yet\n", saved);
        assertEquals("Answer with a whole number from 0 to 10.\n\n2. How motivating is it?\n  · 0 = not at all … 10 = completely\nNot answered yet\n", refused);
    }

    @Test
    void feedback_with_nothing_open_says_so_politely() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        // when
        String out = new TextRenderer().render(new SurveyCommands(bot.surveys).feedback(MONA, Optional.empty(), Optional.empty()));
        // then
        assertEquals("Der er ingen undersøgelse åben for dig lige nu. Tak, fordi du spørger!\n", out);
    }
}
