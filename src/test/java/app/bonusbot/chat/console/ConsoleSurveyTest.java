package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRounds;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console user answers the demo survey: the round of 1 January 2027 opened by its routine and delivered to the
 * console, then {@code /bonus feedback} walks through the questions on 5 January.
 */
class ConsoleSurveyTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ZonedDateTime Q1_OPENS = ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, COPENHAGEN);

    @TempDir
    Path tempDir;

    private Application app;
    private long runId;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void the_demo_survey_is_open_and_delivered_to_anna_at_the_console() throws IOException {
        Path config = tempDir.resolve("bot-config");
        Files.createDirectories(config);
        try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        app = Application.open(config, tempDir.resolve("bonusbot.db"), zone -> Clock.fixed(Q1_OPENS.plusDays(4).plusHours(2).toInstant(), zone));
        Survey survey = app.config().surveys().get(0);
        // The routine opened the round at 10:00 on 1 January; the bot was not running until the 5th, so it runs now.
        SurveyRounds.Opening opening = app.surveyRounds(new ConsoleSurveyDelivery("anna.holm", printed::add)).open(survey, Q1_OPENS);
        assertTrue(opening instanceof SurveyRounds.Opening.Opened, opening.toString());
        // The demo company's rounds of 2026 came before it.
        runId = ((SurveyRounds.Opening.Opened) opening).run().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String personId, String name, String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(app.commands()).run(personId, name, new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_console_person_is_told_the_survey_is_open_and_nobody_elses_delivery_is_printed() {
        // then
        assertEquals(List.of("── Direct message from Bonusbot ──\nNew survey: Your view of the bonus plan. It takes a couple of minutes and is"
                + " anonymous. Type /bonus feedback to answer (open until 15 Jan 2027 at 10:00).\n"), printed);
    }

    @Test
    void a_console_user_answers_question_by_question_with_checks_skips_and_goes_on_later() throws IOException {
        // when
        String out = chat("anna.holm", "Anna Holm",
                "/bonus feedback\n5\nsix\n4\nskip\n3\n4\n4\n11\n8\n2\nClearer rules, please\n/bonus feedback\n4\n/quit\n");
        // then the walk starts with the intro and the first question
        assertTrue(out.contains("> Your view of the bonus plan\n===========================\nAnonymous feedback on the bonus plan. Your answers are stored"
                + " without your name, and results are only shown for groups where at least 5 people answered. You can change your answers until"
                + " 15 Jan 2027 at 10:00.\n  · You have answered 0 of 9 questions.\nAnswer each question and press Enter. Type skip to leave one out,"
                + " or stop to finish later with /bonus feedback.\n\n1. I understand exactly how my bonus is calculated.\n"
                + "  · 1 = strongly disagree … 5 = strongly agree\nNot answered yet\n"), out);
        // and each answer is saved and followed by the next question; a wrong one is explained and asked again
        assertTrue(out.contains("> Saved: 5 · Strongly agree\n\n2. At any time I can see where I stand and what my next deal is worth.\n"), out);
        assertTrue(out.contains("> Answer with a whole number from 1 to 5.\n\n2. At any time I can see"), out);
        assertTrue(out.contains("> Saved: 4 · Agree\n\n3. The bonus plan rewards what matters most for the company's goals.\n"), out);
        assertTrue(out.contains("> \n4. My targets are realistic and achievable.\n"), out);
        assertTrue(out.contains("> Answer with a whole number from 0 to 10.\n\n7. How much does the bonus plan motivate you"), out);
        assertTrue(out.contains("> Saved: 8\n\n8. If we change one thing first, what should it be?\n  1: Clearer rules and explanations\n"
                + "  2: More realistic targets\n"), out);
        assertTrue(out.contains("> Saved: More realistic targets\n\n9. What one thing would make the bonus plan better for you?"), out);
        assertTrue(out.contains("> Saved: Clearer rules, please\nYou have answered 8 of 9 questions. Your answers so far are saved. Type /bonus feedback"
                + " to go on.\n"), out);
        // and going on asks only the skipped question, then thanks
        assertTrue(out.contains("  · You have answered 8 of 9 questions.\nAnswer each question and press Enter. Type skip to leave one out, or stop to"
                + " finish later with /bonus feedback.\n\n3. The bonus plan rewards what matters most for the company's goals.\n"), out);
        assertTrue(out.contains("> Saved: 4 · Agree\nThank you, you have answered every question. You can change your answers until 15 Jan 2027 at"
                + " 10:00 with /bonus feedback.\n"), out);
        Map<String, String> stored = app.surveys().repository().responses(runId).get(0).answers();
        assertEquals(Map.of("clarity", "5", "transparency", "4", "goals", "4", "targets", "3", "evaluation", "4", "fairness", "4", "motivation", "8",
                "first-change", "targets", "comments", "Clearer rules, please"), stored);
    }

    @Test
    void a_danish_console_user_is_asked_in_danish_and_a_command_ends_the_walk() throws IOException {
        // when Mikkel (company default language: Danish) answers one, skips one, stops; goes on, answers one and asks for help
        String out = chat("mikkel.larsen", "Mikkel Larsen", "/bonus feedback\n3\nspring over\nstop\n/bonus feedback\n2\n/bonus help\n5\n/quit\n");
        // then
        assertTrue(out.contains("Besvar hvert spørgsmål og tryk Enter."), out);
        assertTrue(out.contains("\n1. Jeg forstår præcis, hvordan min bonus bliver beregnet.\n  · 1 = helt uenig … 5 = helt enig\nIkke besvaret endnu\n"), out);
        assertTrue(out.contains("> Gemt: 3 · Hverken enig eller uenig\n\n2. Jeg kan til enhver tid se"), out);
        assertTrue(out.contains("> \n3. Bonusordningen belønner det, der betyder mest for virksomhedens mål.\n"), out);
        assertTrue(out.contains("> Dine svar indtil nu er gemt. Skriv /bonus feedback for at fortsætte.\n"), out);
        assertTrue(out.contains("> Gemt: 2 · Uenig\n"), out);
        assertTrue(out.contains("> Bonusbot · det kan du spørge om\n"), out);
        assertTrue(out.contains("> \"5\" er ikke en Bonusbot-kommando."), out);
        assertEquals(1, app.surveys().repository().responses(runId).size());
    }

    @Test
    void the_admin_reads_the_results_of_a_closed_round_with_the_chart_written_next_to_the_database() throws IOException {
        // given five sellers answered clarity 5, 4, 4, 3, 2 (18 / 5 = 3.60) and the round was closed early
        String[][] given = {{"anna.holm", "5"}, {"mikkel.larsen", "4"}, {"lukas.schmidt", "4"}, {"hanna.vogel", "3"}, {"ida.mortensen", "2"}};
        for (String[] g : given) {
            app.commands().handle(g[0], "/bonus feedback clarity " + g[1]);
        }
        app.surveyRounds(SurveyDelivery.NONE).closeNow(app.config().surveys().get(0));
        Path charts = tempDir.resolve("charts");
        // when Karin (sales ops, an admin) asks in the console
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(app.commands(), new ConsoleInbox(), charts).run("karin.dahl", "Karin Dahl", new BufferedReader(new StringReader(
                "/bonus survey results\n/quit\n")), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // then
        assertTrue(out.contains("> Resultater af undersøgelsen · Din mening om bonusordningen\n"), out);
        assertTrue(out.contains("\nAlle\n  Svarprocent: 5 af 8 (62,5 %)\n1. Jeg forstår præcis, hvordan min bonus bliver beregnet.\n"), out);
        assertTrue(out.contains("Gennemsnit:          3,60 på 1–5\n"), out);
        Path chart = charts.resolve("survey-results-karin.dahl.png");
        assertTrue(out.contains("  Chart: " + chart + "\n"), out);
        assertTrue(Files.size(chart) > 5_000);
    }

    @Test
    void someone_outside_the_audience_is_told_there_is_no_survey_open() throws IOException {
        // when Mette manages a team, so the sellers' survey is not hers
        String out = chat("mette.lund", "Mette Lund", "/bonus feedback\n/quit\n");
        // then
        assertTrue(out.contains("> Der er ingen undersøgelse åben for dig lige nu. Tak, fordi du spørger!\n"), out);
    }
}
