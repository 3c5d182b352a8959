package app.bonusbot.core.survey;

import static app.bonusbot.core.survey.SurveyFixtures.MONA;
import static app.bonusbot.core.survey.SurveyFixtures.NORTH;
import static app.bonusbot.core.survey.SurveyFixtures.SOUTH;
import static app.bonusbot.core.survey.SurveyFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds driven through quarters by a test clock, on a real SQLite file. */
class SurveyRoundsTest {

    private static final ZonedDateTime NEW_YEARS_EVE = ZonedDateTime.of(2026, 12, 31, 12, 0, 0, 0, ZONE);
    private static final ZonedDateTime Q1_OPENS = ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, ZONE);
    private static final ZonedDateTime Q1_REMINDER = ZonedDateTime.of(2027, 1, 13, 9, 0, 0, 0, ZONE);
    private static final ZonedDateTime Q1_CLOSES = ZonedDateTime.of(2027, 1, 15, 10, 0, 0, 0, ZONE);
    private static final List<String> SELLERS = List.of("n1", "n2", "n3", "n4", "n5", "n6", "s1", "s2", "s3");

    @TempDir
    Path tempDir;

    private SurveyBot bot(Survey survey) {
        return new SurveyBot(tempDir.resolve("bonusbot.db"), new TestClock(NEW_YEARS_EVE), survey);
    }

    @Test
    void the_round_is_delivered_to_every_active_seller_at_the_scheduled_time_and_to_nobody_before() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        // when the clock reaches a minute before the quarter starts
        bot.driveUntil(Q1_OPENS.minusMinutes(1));
        // then nothing is sent yet
        assertTrue(bot.delivery.sent.isEmpty());
        // when the quarter starts
        bot.driveUntil(Q1_OPENS);
        // then every seller on a plan has the survey; the leaver, the managers and the admin do not
        assertEquals(SELLERS, bot.delivery.people("deliver"));
        SurveyRun run = bot.store.runs("pulse").get(0);
        assertEquals(Q1_OPENS.toInstant(), run.opensAt());
        assertEquals(Q1_CLOSES.toInstant(), run.closesAt());
        assertEquals(java.util.Map.of("north", 6, "south", 3), run.audience());
    }

    @Test
    void each_person_gets_the_form_in_their_own_language_or_the_company_default() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        // when
        bot.driveUntil(Q1_OPENS);
        // then n1 reads Danish, n2 English, n3 (no language of their own) the company's Danish
        assertEquals(Language.DA, form(bot, "n1").language());
        assertEquals("Jeg forstår min bonus.", form(bot, "n1").items().get(0).text());
        assertEquals(Language.EN, form(bot, "n2").language());
        assertEquals("Bonus pulse", form(bot, "n2").title());
        assertEquals(Language.DA, form(bot, "n3").language());
    }

    private static SurveyForm form(SurveyBot bot, String personId) {
        return bot.delivery.sent.stream().filter(s -> s.personId().equals(personId)).findFirst().orElseThrow().form();
    }

    @Test
    void a_team_survey_goes_to_that_team_only() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey(new Audience.OfTeam("south"), 3));
        // when
        bot.driveUntil(Q1_OPENS);
        // then
        assertEquals(List.of("s1", "s2", "s3"), bot.delivery.people("deliver"));
    }

    @Test
    void a_managers_survey_goes_to_the_managers_only() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey(new Audience.Managers(), 3));
        // when
        bot.driveUntil(Q1_OPENS);
        // then
        assertEquals(List.of("mona", "sam"), bot.delivery.people("deliver"));
    }

    @Test
    void reminders_go_only_to_those_who_have_not_answered_once_at_the_configured_time() {
        // given the round is open and three sellers answered something
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.driveUntil(Q1_OPENS.plusDays(1));
        bot.answering.answer(NORTH.get(0), "clarity", "4");
        bot.answering.answer(NORTH.get(1), "comments", "More transparency");
        bot.answering.answer(SOUTH.get(0), "motivation", "8");
        // when the clock reaches an hour before the reminder
        bot.driveUntil(Q1_REMINDER.minusHours(1));
        // then nobody is reminded yet
        assertEquals(List.of(), bot.delivery.people("remind"));
        // when the reminder time comes and two more days pass
        bot.driveUntil(Q1_REMINDER);
        List<String> atReminder = bot.delivery.people("remind");
        bot.driveUntil(Q1_CLOSES.minusMinutes(1));
        // then exactly the six who had not answered were reminded, once
        assertEquals(List.of("n3", "n4", "n5", "n6", "s2", "s3"), atReminder);
        assertEquals(atReminder, bot.delivery.people("remind"));
    }

    @Test
    void the_round_closes_at_its_deadline_and_answers_are_refused_from_then_on() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.driveUntil(Q1_OPENS.plusDays(3));
        bot.answering.answer(NORTH.get(0), "clarity", "2");
        // when
        bot.driveUntil(Q1_CLOSES);
        SurveyAnswering.Outcome late = bot.answering.answer(NORTH.get(0), "clarity", "5");
        // then
        SurveyRun run = bot.store.runs("pulse").get(0);
        assertEquals(Optional.of(Q1_CLOSES.toInstant()), run.closedAt());
        assertInstanceOf(SurveyAnswering.Outcome.NothingOpen.class, late);
        assertEquals(List.of(new Response("north", java.util.Map.of("clarity", "2"))), bot.store.responses(run.id()));
    }

    @Test
    void a_button_clicked_after_the_close_is_refused_as_over() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.driveUntil(Q1_OPENS);
        long runId = bot.store.runs("pulse").get(0).id();
        bot.driveUntil(Q1_CLOSES.plusDays(1));
        // when
        SurveyAnswering.Outcome late = bot.answering.answerInRun(NORTH.get(0), runId, "clarity", "5");
        // then
        assertInstanceOf(SurveyAnswering.Outcome.Over.class, late);
        assertTrue(bot.store.responses(runId).isEmpty());
    }

    @Test
    void the_next_quarter_opens_a_new_round_delivered_again() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        // when the clock runs through the first quarter of 2027 into the second
        bot.driveUntil(ZonedDateTime.of(2027, 4, 1, 10, 0, 0, 0, ZONE));
        // then two rounds, the first closed, each delivered to the nine sellers
        List<SurveyRun> runs = bot.store.runs("pulse");
        assertEquals(2, runs.size());
        assertTrue(runs.get(1).closedAt().isPresent());
        assertTrue(runs.get(0).isOpenAt(bot.clock.instant()));
        assertEquals(18, bot.delivery.people("deliver").size());
    }

    @Test
    void after_downtime_over_the_opening_the_round_opens_once_on_start_with_its_scheduled_times() {
        // given the bot was down from New Year's Eve until 3 January
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.clock.set(ZonedDateTime.of(2027, 1, 3, 8, 30, 0, 0, ZONE));
        // when it starts, and starts again
        bot.startUp();
        bot.startUp();
        // then
        assertEquals(SELLERS, bot.delivery.people("deliver"));
        SurveyRun run = bot.store.runs("pulse").get(0);
        assertEquals(Q1_OPENS.toInstant(), run.opensAt());
        assertEquals(Q1_CLOSES.toInstant(), run.closesAt());
    }

    @Test
    void a_round_missed_entirely_during_downtime_is_not_opened_afterwards() {
        // given the bot was down from New Year's Eve until after the round would have closed
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.clock.set(Q1_CLOSES.plusHours(1));
        // when
        bot.startUp();
        // then
        assertTrue(bot.store.runs("pulse").isEmpty());
        assertTrue(bot.delivery.sent.isEmpty());
    }

    @Test
    void two_bot_processes_on_one_database_open_deliver_and_remind_once() {
        // given two processes with their own connections and deliveries on the same file
        TestClock clock = new TestClock(NEW_YEARS_EVE);
        SurveyBot first = new SurveyBot(tempDir.resolve("bonusbot.db"), clock, SurveyFixtures.survey());
        SurveyBot second = new SurveyBot(tempDir.resolve("bonusbot.db"), clock, SurveyFixtures.survey());
        // when both run the opening and, later, the reminder pass at the same moments
        clock.set(Q1_OPENS);
        first.routines.get(0).run(Q1_OPENS);
        second.routines.get(0).run(Q1_OPENS);
        first.answering.answer(NORTH.get(0), "clarity", "3");
        clock.set(Q1_REMINDER);
        second.routines.get(1).run(Q1_REMINDER);
        first.routines.get(1).run(Q1_REMINDER);
        // then the first delivered to all nine, the second reminded the eight silent ones, nobody got anything twice
        assertEquals(1, first.store.runs("pulse").size());
        assertEquals(SELLERS, first.delivery.people("deliver"));
        assertEquals(List.of(), second.delivery.people("deliver"));
        assertEquals(List.of("n2", "n3", "n4", "n5", "n6", "s1", "s2", "s3"), second.delivery.people("remind"));
        assertEquals(List.of(), first.delivery.people("remind"));
    }

    @Test
    void someone_who_cannot_be_reached_does_not_keep_the_survey_from_the_others() {
        // given
        TestClock clock = new TestClock(NEW_YEARS_EVE);
        SurveyBot bot = new SurveyBot(tempDir.resolve("bonusbot.db"), clock, SurveyFixtures.survey(), new RecordingDelivery(Set.of("n3")));
        clock.set(Q1_OPENS);
        // when
        SurveyRounds.Opening opening = bot.rounds.open(SurveyFixtures.survey(), Q1_OPENS);
        // then
        SurveyRounds.Opening.Opened opened = assertInstanceOf(SurveyRounds.Opening.Opened.class, opening);
        assertEquals(8, opened.sent().sent());
        assertEquals(1, opened.sent().failed());
        assertEquals(8, bot.delivery.people("deliver").size());
    }

    @Test
    void a_round_opened_by_hand_is_delivered_by_the_next_pass_and_can_be_closed_early() {
        // given
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.clock.set(ZonedDateTime.of(2027, 2, 10, 13, 20, 0, 0, ZONE));
        // when
        SurveyRounds.Opening opening = bot.rounds.openNow(SurveyFixtures.survey());
        SurveyRounds.Opening again = bot.rounds.openNow(SurveyFixtures.survey());
        bot.driveUntil(ZonedDateTime.of(2027, 2, 10, 14, 0, 0, 0, ZONE));
        Optional<SurveyRun> closed = bot.rounds.closeNow(SurveyFixtures.survey());
        // then
        SurveyRun run = assertInstanceOf(SurveyRounds.Opening.Opened.class, opening).run();
        assertEquals(ZonedDateTime.of(2027, 2, 24, 13, 20, 0, 0, ZONE).toInstant(), run.closesAt());
        assertInstanceOf(SurveyRounds.Opening.StillOpen.class, again);
        assertEquals(SELLERS, bot.delivery.people("deliver"));
        assertEquals(Optional.of(run.id()), closed.map(SurveyRun::id));
        assertInstanceOf(SurveyAnswering.Outcome.NothingOpen.class, bot.answering.answer(NORTH.get(0), "clarity", "3"));
        assertEquals(List.of(), bot.answering.form(MONA).map(List::of).orElse(List.of()));
    }

    @Test
    void a_slack_only_and_a_discord_only_process_each_deliver_to_the_people_they_reach_and_nobody_gets_the_round_or_a_reminder_twice() {
        // given a Slack-only and a Discord-only process on one store; n1 and s1 are on both platforms
        TestClock clock = new TestClock(NEW_YEARS_EVE);
        Path db = tempDir.resolve("bonusbot.db");
        SurveyBot slack = new SurveyBot(db, clock, SurveyFixtures.survey(), RecordingDelivery.reaching(Set.of("n1", "n2", "n3", "n4", "n5", "n6", "s1")));
        SurveyBot discord = new SurveyBot(db, clock, SurveyFixtures.survey(), RecordingDelivery.reaching(Set.of("n1", "s1", "s2", "s3")));
        // when the Slack process opens the round, both pass over the open rounds, n2 answers, and both pass at the reminder
        clock.set(Q1_OPENS);
        slack.routines.get(0).run(Q1_OPENS);
        discord.routines.get(0).run(Q1_OPENS);
        discord.routines.get(1).run(Q1_OPENS);
        slack.routines.get(1).run(Q1_OPENS);
        slack.answering.answer(NORTH.get(1), "clarity", "3");
        clock.set(Q1_REMINDER);
        discord.routines.get(1).run(Q1_REMINDER);
        slack.routines.get(1).run(Q1_REMINDER);
        // and a restarted Slack process passes over the rounds again
        SurveyBot restarted = new SurveyBot(db, clock, SurveyFixtures.survey(), RecordingDelivery.reaching(Set.of("n1", "n2", "n3", "n4", "n5", "n6", "s1")));
        restarted.routines.get(1).run(Q1_REMINDER.plusMinutes(1));
        // then everyone got the round once, on a platform that reaches them, and each silent one a reminder once
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6", "s1"), slack.delivery.people("deliver"));
        assertEquals(List.of("s2", "s3"), discord.delivery.people("deliver"));
        List<String> reminded = new java.util.ArrayList<>(slack.delivery.people("remind"));
        reminded.addAll(discord.delivery.people("remind"));
        assertEquals(List.of("n1", "n3", "n4", "n5", "n6", "s1", "s2", "s3"), reminded.stream().sorted().toList());
        assertEquals(List.of("n1", "s1", "s2", "s3"), discord.delivery.people("remind"), "the process that passed first reminded whom it reaches");
        assertEquals(List.of(), restarted.delivery.sent.stream().map(RecordingDelivery.Sent::personId).toList());
    }

    @Test
    void someone_no_process_reaches_is_left_and_counted_apart_from_a_failed_send() {
        // given a Slack-only process that does not reach s2 and s3, and fails to send to n3
        TestClock clock = new TestClock(NEW_YEARS_EVE);
        RecordingDelivery slack = RecordingDelivery.reaching(Set.of("n1", "n2", "n3", "n4", "n5", "n6", "s1"));
        SurveyBot bot = new SurveyBot(tempDir.resolve("bonusbot.db"), clock, SurveyFixtures.survey(), slack);
        SurveyRounds rounds = new SurveyRounds(bot.surveys, new FailingFor("n3", slack));
        clock.set(Q1_OPENS);
        // when
        SurveyRounds.Opening opening = rounds.open(SurveyFixtures.survey(), Q1_OPENS);
        // then
        SurveyRounds.Sent sent = assertInstanceOf(SurveyRounds.Opening.Opened.class, opening).sent();
        assertEquals(List.of(6, 1, 2), List.of(sent.sent(), sent.failed(), sent.left()));
    }

    @Test
    void the_claims_of_who_was_sent_the_round_hold_neither_person_ids_nor_respondent_codes_and_go_when_the_round_closes() {
        // given a round delivered and reminded
        SurveyBot bot = bot(SurveyFixtures.survey());
        bot.driveUntil(Q1_REMINDER);
        SurveyRun run = bot.store.runs("pulse").get(0);
        Set<String> delivered = bot.store.sentTo(run.id(), SurveyRounds.DELIVERED);
        Set<String> reminded = bot.store.sentTo(run.id(), SurveyRounds.REMINDED);
        // when the round closes
        bot.driveUntil(Q1_CLOSES);
        // then the claims were opaque codes, unlinked to the answers' codes and to each other, and are gone now
        assertEquals(9, delivered.size());
        assertEquals(9, reminded.size());
        Set<String> respondentCodes = new java.util.HashSet<>();
        SurveyFixtures.company().directory().people().forEach(p -> respondentCodes.add(bot.surveys.respondent(p, run)));
        for (String code : delivered) {
            assertTrue(SELLERS.stream().noneMatch(code::contains), code);
            assertTrue(!respondentCodes.contains(code) && !reminded.contains(code), code);
        }
        assertEquals(Set.of(), bot.store.sentTo(run.id(), SurveyRounds.DELIVERED));
        assertEquals(Set.of(), bot.store.sentTo(run.id(), SurveyRounds.REMINDED));
    }

    /** A platform that fails to send to one person it reaches. */
    private record FailingFor(String personId, RecordingDelivery platform) implements SurveyDelivery {
        @Override
        public void deliver(app.bonusbot.core.people.Person person, SurveyRun run, SurveyForm form) {
            if (person.id().equals(personId)) {
                throw new IllegalStateException("Slack is down for " + personId);
            }
            platform.deliver(person, run, form);
        }

        @Override
        public void remind(app.bonusbot.core.people.Person person, SurveyRun run, SurveyForm form) {
            platform.remind(person, run, form);
        }

        @Override
        public boolean reaches(app.bonusbot.core.people.Person person) {
            return platform.reaches(person);
        }
    }
}
