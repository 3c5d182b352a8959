package app.bonusbot.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The directory's lookups are indexed once; they answer exactly as a scan of the people in their order would. */
class DirectoryTest {

    private static Person person(String id, String name, String email, String team, String slackId) {
        return new Person(id, name, email, team, null, null, null, slackId == null ? Map.of() : Map.of(ChatPlatform.SLACK, slackId));
    }

    private final Directory directory = new Directory(
            List.of(person("anna", "Anna Holm", "Anna.Holm@Example.com", "north", "U1"), person("bo", "Bo Berg", "bo@example.com", "north", "U2"),
                    person("carla", "Carla Dahl", "anna.holm@example.com", "south", "U1"), person("dan", "Dan Ek", null, null, null)),
            List.of(new Team("north", "North", "carla"), new Team("south", "South", "carla"), new Team("west", "West", null)));

    @Test
    void people_teams_and_members_are_found_by_id_in_the_order_given() {
        // then
        assertEquals("Bo Berg", directory.person("bo").orElseThrow().name());
        assertEquals(Optional.empty(), directory.person("nobody"));
        assertEquals("South", directory.team("south").orElseThrow().name());
        assertEquals(List.of("anna", "bo"), directory.members("north").stream().map(Person::id).toList());
        assertEquals(List.of(), directory.members("west"));
        assertEquals(List.of("north", "south"), directory.teamsManagedBy("carla").stream().map(Team::id).toList());
        assertEquals(List.of(), directory.teamsManagedBy("anna"));
    }

    @Test
    void an_email_or_chat_id_that_two_people_share_finds_the_first_of_them() {
        // then e-mails compare ignoring case, as equalsIgnoreCase does
        assertEquals("anna", directory.byEmail("ANNA.holm@example.COM").orElseThrow().id());
        assertEquals("anna", directory.byChatId(ChatPlatform.SLACK, "U1").orElseThrow().id());
        assertEquals(Optional.empty(), directory.byChatId(ChatPlatform.DISCORD, "U1"));
        assertEquals(Optional.empty(), directory.byEmail(null));
        assertEquals("bo", directory.byChatReference("<@U2|bo>").orElseThrow().id());
        assertEquals("dan", directory.byOwnerReference(" dan ek ").orElseThrow().id());
    }

    @Test
    void a_directory_of_ten_thousand_people_answers_each_lookup_as_a_scan_would() {
        // given
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            people.add(person("p" + i, "Person " + i, "p" + i + "@Example.com", "t" + i % 100, "U" + i));
        }
        Directory big = new Directory(people, List.of());

        // then
        for (int i = 0; i < 10_000; i += 997) {
            String id = "p" + i;
            Person expected = people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            assertEquals(expected, big.person(id).orElseThrow());
            assertEquals(expected, big.byEmail(id.toUpperCase() + "@EXAMPLE.COM").orElseThrow());
            assertEquals(expected, big.byChatId(ChatPlatform.SLACK, "U" + i).orElseThrow());
            assertTrue(big.members("t" + i % 100).contains(expected));
            assertEquals(100, big.members("t" + i % 100).size());
        }
    }
}
