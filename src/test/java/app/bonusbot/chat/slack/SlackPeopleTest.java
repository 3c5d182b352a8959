package app.bonusbot.chat.slack;

import static app.bonusbot.chat.slack.SlackTestBed.ANNA;
import static app.bonusbot.chat.slack.SlackTestBed.EMMA;
import static app.bonusbot.chat.slack.SlackTestBed.EMMA_EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.ChatIdentity;
import app.bonusbot.store.ChatIdentityStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackPeopleTest {

    @TempDir
    Path dir;

    private SlackTestBed bed;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T11:00:00Z"));
    private ChatIdentityStore cache;
    private SlackPeople people;

    @BeforeEach
    void the_demo_company_in_a_fake_slack() {
        bed = SlackTestBed.open(dir);
        cache = new ChatIdentityStore(bed.application.database());
        people = new SlackPeople(bed.api, cache, () -> bed.application.company().directory(), clock);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Person person(String id) {
        return bed.application.company().directory().person(id).orElseThrow();
    }

    @Test
    void a_slack_id_in_the_configuration_decides_without_asking_slack() {
        // when
        String anna = people.personId(ANNA);
        // then
        assertEquals("anna.holm", anna);
        assertEquals(0, bed.slack.calls("users.info").size());
    }

    @Test
    void a_slack_user_without_a_slack_id_is_found_by_the_email_of_their_profile_and_remembered() {
        // when
        String first = people.personId(EMMA);
        String second = people.personId(EMMA);
        // then
        assertEquals("emma.poulsen", first);
        assertEquals("emma.poulsen", second);
        assertEquals(1, bed.slack.calls("users.info").size(), "the second time comes from the store");
        ChatIdentity remembered = cache.find(SlackPeople.PLATFORM, EMMA).orElseThrow();
        assertEquals("emma.poulsen", remembered.personId());
        assertEquals(EMMA_EMAIL, remembered.email());
    }

    @Test
    void a_remembered_match_is_checked_with_slack_again_after_a_week() {
        // given
        people.personId(EMMA);
        // when
        clock.move(SlackPeople.KNOWN_FOR.plusMinutes(1));
        String later = people.personId(EMMA);
        // then
        assertEquals("emma.poulsen", later);
        assertEquals(2, bed.slack.calls("users.info").size());
    }

    @Test
    void someone_slack_does_not_know_or_whose_email_nobody_has_is_unknown_and_slack_is_asked_again_only_after_ten_minutes() {
        // given
        bed.slack.addUser("U0SARA01", "Sara Nielsen", "sara.nielsen@nordlys.example");
        // when
        String ghost = people.personId("U0GHOST01");
        String sara = people.personId("U0SARA01");
        people.personId("U0GHOST01");
        people.personId("U0SARA01");
        int askedAtFirst = bed.slack.calls("users.info").size();
        clock.move(SlackPeople.UNKNOWN_FOR.plusSeconds(1));
        people.personId("U0SARA01");
        // then
        assertNull(ghost);
        assertNull(sara);
        assertEquals(2, askedAtFirst);
        assertEquals(3, bed.slack.calls("users.info").size());
    }

    @Test
    void someone_added_to_the_people_after_slack_was_asked_about_them_is_found_at_once() throws IOException {
        // given Sara is in Slack but not yet in Bonusbot
        bed.slack.addUser("U0SARA02", "Sara Nielsen", "sara.nielsen@nordlys.example");
        String before = people.personId("U0SARA02");
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,name,email,team,hire_date,leave_date,language,slack_id,discord_id\n"
                + "sara.nielsen,Sara Nielsen,sara.nielsen@nordlys.example,nordics,2026-03-02,,da,,\n");
        // when sales ops imports her, a minute later
        ImportResult imported = bed.application.importer(ImportKind.PEOPLE).importFile(csv, ImportProgress.NONE);
        clock.move(Duration.ofMinutes(1));
        String after = people.personId("U0SARA02");
        // then
        assertTrue(imported.succeeded(), imported.summary().toString());
        assertNull(before);
        assertEquals("sara.nielsen", after);
        assertEquals(2, bed.slack.calls("users.info").size());
    }

    @Test
    void another_slack_account_with_the_email_of_someone_who_has_a_slack_id_is_not_them() {
        // given
        bed.slack.addUser("U0ANNA99", "Anna Holm (test account)", "anna.holm@nordlys.example");
        // when
        String impostor = people.personId("U0ANNA99");
        // then
        assertNull(impostor);
    }

    @Test
    void the_slack_user_to_message_is_the_configured_one_or_found_by_email_once() {
        // when
        Optional<String> anna = people.slackUserId(person("anna.holm"));
        Optional<String> emma = people.slackUserId(person("emma.poulsen"));
        Optional<String> emmaAgain = people.slackUserId(person("emma.poulsen"));
        String emmaBack = people.personId(EMMA);
        // then
        assertEquals(Optional.of(ANNA), anna);
        assertEquals(Optional.of(EMMA), emma);
        assertEquals(Optional.of(EMMA), emmaAgain);
        assertEquals(1, bed.slack.calls("users.lookupByEmail").size());
        assertEquals(EMMA_EMAIL, bed.slack.calls("users.lookupByEmail").get(0).param("email"));
        assertEquals("emma.poulsen", emmaBack);
        assertEquals(0, bed.slack.calls("users.info").size(), "the lookup by e-mail is remembered for the way back too");
    }

    @Test
    void someone_slack_has_no_account_for_cannot_be_messaged() {
        // given
        Person outsider = new Person("sara.nielsen", "Sara Nielsen", "sara.nielsen@nordlys.example", null, null, null, null, Map.of());
        Person noEmail = new Person("x", "X", null, null, null, null, null, Map.of());
        // when / then
        assertEquals(Optional.empty(), people.slackUserId(outsider));
        assertEquals(Optional.empty(), people.slackUserId(noEmail));
    }

    /** A clock a test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
