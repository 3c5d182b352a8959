package app.bonusbot.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatIdsTest {

    private static final Person ANNA = new Person("anna", "Anna Holm", "anna@example.com", null, null, null, null,
            Map.of(ChatPlatform.SLACK, "U0ANNA", ChatPlatform.DISCORD, "700000000000000201"));
    private static final Person BO = new Person("bo", "Bo Jensen", null, null, null, null, null, Map.of(ChatPlatform.DISCORD, "U0ANNA"));
    private static final Directory DIRECTORY = new Directory(List.of(ANNA, BO), List.of());

    @Test
    void a_person_is_found_by_the_id_a_platform_knows_them_by_and_only_on_that_platform() {
        // given Anna is U0ANNA in Slack, and Bo's Discord id happens to read the same
        // when / then
        assertEquals(Optional.of(ANNA), DIRECTORY.byChatId(ChatPlatform.SLACK, "U0ANNA"));
        assertEquals(Optional.of(BO), DIRECTORY.byChatId(ChatPlatform.DISCORD, "U0ANNA"));
        assertEquals(Optional.of(ANNA), DIRECTORY.byChatId(ChatPlatform.DISCORD, "700000000000000201"));
        assertEquals(Optional.empty(), DIRECTORY.byChatId(ChatPlatform.SLACK, "700000000000000201"));
    }

    @Test
    void a_chat_reference_tries_the_platforms_in_order_then_the_owner_reference() {
        // when / then: a Slack mention, a Discord mention, and a plain person id
        assertEquals(Optional.of(ANNA), DIRECTORY.byChatReference("<@U0ANNA|anna>"));
        assertEquals(Optional.of(ANNA), DIRECTORY.byChatReference("<@!700000000000000201>"));
        assertEquals(Optional.of(BO), DIRECTORY.byChatReference("bo"));
    }

    @Test
    void a_missing_id_means_not_on_that_platform_and_the_ids_cannot_be_changed_afterwards() {
        // given a reader that fills the map from optional fields
        Map<ChatPlatform, String> read = new EnumMap<>(ChatPlatform.class);
        read.put(ChatPlatform.SLACK, null);
        read.put(ChatPlatform.DISCORD, "700000000000000104");
        // when
        Person karin = new Person("karin", "Karin Dahl", null, null, null, null, null, read);
        read.put(ChatPlatform.SLACK, "U0KARIN");
        // then
        assertEquals(Optional.empty(), karin.chatId(ChatPlatform.SLACK));
        assertEquals(Map.of(ChatPlatform.DISCORD, "700000000000000104"), karin.chatIds());
        assertEquals(karin, new Person("karin", "Karin Dahl", null, null, null, null, null, Map.of(ChatPlatform.DISCORD, "700000000000000104")));
        assertThrows(UnsupportedOperationException.class, () -> karin.chatIds().put(ChatPlatform.SLACK, "U0KARIN"));
    }
}
