package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.SurveyRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class SurveyStoreTest {

    private static final Instant OPENS = Instant.parse("2027-01-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-15T09:00:00Z");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private SurveyStore store;

    @BeforeEach
    void a_new_database() {
        store = new SurveyStore(Database.open(kind.address(dir), StoreFixtures.CLOCK));
    }

    private SurveyRun round() {
        return store.claimRun("pulse", "2027-01-01T10:00", OPENS, CLOSES, Map.of("north", 6, "south", 3)).orElseThrow();
    }

    @Test
    void an_occurrence_is_claimed_once_even_from_a_second_connection() {
        // given
        SurveyRun first = round();
        SurveyStore other = new SurveyStore(Database.open(kind.address(dir), StoreFixtures.CLOCK));
        // when
        Optional<SurveyRun> again = other.claimRun("pulse", "2027-01-01T10:00", OPENS, CLOSES, Map.of("north", 6));
        Optional<SurveyRun> otherSurvey = other.claimRun("managers", "2027-01-01T10:00", OPENS, CLOSES, Map.of("", 2));
        // then
        assertEquals(Optional.empty(), again);
        assertTrue(otherSurvey.isPresent());
        assertEquals(List.of(first), store.runs("pulse"));
        assertEquals(Map.of("north", 6, "south", 3), store.runs("pulse").get(0).audience());
    }

    @Test
    void a_step_is_claimed_once() {
        // given
        SurveyRun run = round();
        // when
        boolean first = store.claimStep(run.id(), "delivered");
        boolean second = store.claimStep(run.id(), "delivered");
        boolean other = store.claimStep(run.id(), "reminded");
        // then
        assertTrue(first);
        assertFalse(second);
        assertTrue(other);
        assertEquals(Set.of("delivered", "reminded"), store.claimedSteps(run.id()));
    }

    @Test
    void a_send_is_claimed_once_per_recipient_and_step_even_from_a_second_connection_and_the_claims_go_when_the_round_closes() {
        // given a round, and a second process on the same store
        SurveyRun run = round();
        SurveyStore other = new SurveyStore(Database.open(kind.address(dir), StoreFixtures.CLOCK));
        // when both claim the delivery to the same recipient, and one the reminder
        boolean first = store.claimSend(run.id(), "delivered", "c0de1");
        boolean second = other.claimSend(run.id(), "delivered", "c0de1");
        boolean reminder = other.claimSend(run.id(), "reminded", "c0de1");
        Set<String> deliveredBeforeClose = other.sentTo(run.id(), "delivered");
        store.close(run.id(), CLOSES);
        // then
        assertTrue(first);
        assertFalse(second);
        assertTrue(reminder);
        assertEquals(Set.of("c0de1"), deliveredBeforeClose);
        assertEquals(Set.of(), other.sentTo(run.id(), "delivered"));
        assertEquals(Set.of(), other.sentTo(run.id(), "reminded"));
    }

    @Test
    void a_second_answer_to_a_question_replaces_the_first() {
        // given
        SurveyRun run = round();
        store.saveAnswers(run.id(), "code-a", "north", Map.of("clarity", "2", "comments", "unclear"), OPENS.plusSeconds(60));
        // when
        boolean saved = store.saveAnswers(run.id(), "code-a", "north", Map.of("clarity", "5"), OPENS.plusSeconds(120));
        // then
        assertTrue(saved);
        assertEquals(Map.of("clarity", "5", "comments", "unclear"), store.answers(run.id(), "code-a"));
        assertEquals(List.of(new Response("north", Map.of("clarity", "5", "comments", "unclear"))), store.responses(run.id()));
        assertEquals(Set.of("code-a"), store.respondents(run.id()));
    }

    @Test
    void answers_are_refused_before_the_round_opens_after_its_deadline_and_after_an_early_close() {
        // given
        SurveyRun run = round();
        // when
        boolean early = store.saveAnswers(run.id(), "code-a", "north", Map.of("clarity", "1"), OPENS.minusSeconds(1));
        boolean atDeadline = store.saveAnswers(run.id(), "code-b", "north", Map.of("clarity", "1"), CLOSES);
        boolean inTime = store.saveAnswers(run.id(), "code-c", "north", Map.of("clarity", "1"), CLOSES.minusMillis(1));
        store.close(run.id(), OPENS.plusSeconds(3600));
        boolean afterClose = store.saveAnswers(run.id(), "code-d", "north", Map.of("clarity", "1"), OPENS.plusSeconds(7200));
        // then
        assertFalse(early);
        assertFalse(atDeadline);
        assertTrue(inTime);
        assertFalse(afterClose);
        assertEquals(Set.of("code-c"), store.respondents(run.id()));
    }

    @Test
    void a_round_is_closed_once() {
        // given
        SurveyRun run = round();
        // when
        boolean first = store.close(run.id(), CLOSES);
        boolean second = store.close(run.id(), CLOSES.plusSeconds(60));
        // then
        assertTrue(first);
        assertFalse(second);
        assertEquals(Optional.of(CLOSES), store.runs("pulse").get(0).closedAt());
        assertTrue(store.unclosedRuns().isEmpty());
    }

    @Test
    void a_respondent_who_moves_team_counts_in_the_new_team_with_all_their_answers() {
        // given
        SurveyRun run = round();
        store.saveAnswers(run.id(), "code-a", "north", Map.of("clarity", "2"), OPENS.plusSeconds(60));
        // when
        store.saveAnswers(run.id(), "code-a", "south", Map.of("motivation", "7"), OPENS.plusSeconds(120));
        // then
        assertEquals(List.of(new Response("south", Map.of("clarity", "2", "motivation", "7"))), store.responses(run.id()));
    }

    @Test
    void rounds_come_latest_first_even_when_an_opening_time_has_a_fraction_of_a_second() {
        // given
        store.claimRun("pulse", "manual 1", Instant.parse("2027-02-01T09:00:00.250Z"), CLOSES.plusSeconds(86400 * 40), Map.of("north", 1));
        store.claimRun("pulse", "manual 2", Instant.parse("2027-02-01T09:00:00Z"), CLOSES.plusSeconds(86400 * 40), Map.of("north", 1));
        // when
        List<String> order = store.runs("pulse").stream().map(SurveyRun::occurrence).toList();
        // then
        assertEquals(List.of("manual 1", "manual 2"), order);
    }
}
