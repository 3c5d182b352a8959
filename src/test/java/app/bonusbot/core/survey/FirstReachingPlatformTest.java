package app.bonusbot.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FirstReachingPlatformTest {

    private static final Person ON_BOTH = new Person("ada", "Ada", "ada@example.com", null, null, null, null,
            Map.of(ChatPlatform.SLACK, "U0ADA", ChatPlatform.DISCORD, "700000000000000001"));
    private static final Person ON_DISCORD = new Person("bo", "Bo", null, null, null, null, null, Map.of(ChatPlatform.DISCORD, "700000000000000002"));
    private static final Person NOWHERE = new Person("cy", "Cy", null, null, null, null, null, Map.of());

    private static final class Platform implements SurveyDelivery {
        final Predicate<Person> reaches;
        final List<String> sent = new ArrayList<>();
        RuntimeException failure;

        Platform(Predicate<Person> reaches) {
            this.reaches = reaches;
        }

        @Override
        public void deliver(Person person, SurveyRun run, SurveyForm form) {
            send("survey " + person.id());
        }

        @Override
        public void remind(Person person, SurveyRun run, SurveyForm form) {
            send("reminder " + person.id());
        }

        private void send(String what) {
            if (failure != null) {
                throw failure;
            }
            sent.add(what);
        }

        @Override
        public boolean reaches(Person person) {
            return reaches.test(person);
        }
    }

    private final Platform slack = new Platform(p -> p.chatId(ChatPlatform.SLACK).isPresent() || p.email() != null);
    private final Platform discord = new Platform(p -> p.chatId(ChatPlatform.DISCORD).isPresent());
    private final FirstReachingPlatform both = new FirstReachingPlatform(List.of(slack, discord));

    @Test
    void someone_on_both_platforms_gets_the_survey_once_on_the_first() {
        // when
        both.deliver(ON_BOTH, null, null);
        both.remind(ON_BOTH, null, null);
        // then
        assertEquals(List.of("survey ada", "reminder ada"), slack.sent);
        assertEquals(List.of(), discord.sent);
    }

    @Test
    void someone_only_on_discord_gets_it_there() {
        // when
        both.deliver(ON_DISCORD, null, null);
        // then
        assertEquals(List.of(), slack.sent);
        assertEquals(List.of("survey bo"), discord.sent);
    }

    @Test
    void a_platform_that_fails_hands_the_survey_to_the_next_that_reaches() {
        // given
        slack.failure = new IllegalStateException("users_not_found");
        // when
        both.deliver(ON_BOTH, null, null);
        // then
        assertEquals(List.of("survey ada"), discord.sent);
    }

    @Test
    void someone_no_platform_reaches_is_named_and_the_failure_of_the_last_platform_is_kept() {
        // given
        discord.failure = new IllegalStateException("Cannot send messages to this user");
        // when
        IllegalStateException nowhere = assertThrows(IllegalStateException.class, () -> both.deliver(NOWHERE, null, null));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> both.deliver(ON_DISCORD, null, null));
        // then
        assertEquals("no chat platform reaches cy (no slack_id, discord_id or e-mail in people.yaml)", nowhere.getMessage());
        assertSame(discord.failure, refused);
    }
}
