package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordPeopleTest {

    private static final Person ANNA = new Person("anna.holm", "Anna Holm", "anna.holm@nordlys.example", "nordics", null, null, null,
            Map.of(ChatPlatform.SLACK, "U0ANNA01", ChatPlatform.DISCORD, "700000000000000201"));
    private static final Person KARIN = new Person("karin.dahl", "Karin Dahl", "karin.dahl@nordlys.example", null, null, null, null,
            Map.of());

    private final List<Person> people = new ArrayList<>(List.of(ANNA, KARIN));
    private final DiscordPeople discord = new DiscordPeople(() -> new Directory(people, List.of()));

    @Test
    void a_discord_user_is_the_person_with_their_discord_id() {
        // then
        assertEquals(Optional.of("anna.holm"), discord.personId("700000000000000201"));
        assertEquals(Optional.empty(), discord.personId("700000000000000999"));
        assertEquals(Optional.empty(), discord.personId(null));
    }

    @Test
    void a_slack_id_or_an_email_is_no_discord_user() {
        // then
        assertEquals(Optional.empty(), discord.personId("U0ANNA01"));
        assertEquals(Optional.empty(), discord.personId("anna.holm@nordlys.example"));
    }

    @Test
    void a_person_is_reached_at_their_discord_id_and_someone_without_one_is_not() {
        // then
        assertEquals(Optional.of("700000000000000201"), discord.discordUserId("anna.holm"));
        assertEquals(Optional.empty(), discord.discordUserId("karin.dahl"));
        assertEquals(Optional.empty(), discord.discordUserId("nobody"));
    }

    @Test
    void a_discord_id_added_to_the_people_counts_at_once() {
        // given
        people.set(1, new Person("karin.dahl", "Karin Dahl", null, null, null, null, null, Map.of(ChatPlatform.DISCORD, "700000000000000104")));
        // then
        assertEquals(Optional.of("karin.dahl"), discord.personId("700000000000000104"));
    }

    @Test
    void a_typed_reference_becomes_the_person_id_whatever_its_form() {
        // then
        assertEquals(Optional.of("anna.holm"), discord.referencedPersonId("<@700000000000000201>"));
        assertEquals(Optional.of("anna.holm"), discord.referencedPersonId("<@!700000000000000201>"));
        assertEquals(Optional.of("anna.holm"), discord.referencedPersonId("Anna Holm"));
        assertEquals(Optional.of("anna.holm"), discord.referencedPersonId("ANNA.HOLM@nordlys.example"));
        assertEquals(Optional.empty(), discord.referencedPersonId("Anna Holmgren"));
    }
}
