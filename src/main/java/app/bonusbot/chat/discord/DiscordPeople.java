package app.bonusbot.chat.discord;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who a Discord user is in Bonusbot, and back, by the {@code discord_id} in the people configuration (people.yaml or
 * a people import). Unlike Slack, Discord does not tell a bot its users' e-mails, so the id is the only link; nothing
 * is asked of Discord.
 */
public final class DiscordPeople {

    private final Supplier<Directory> directory;

    /** @param directory the people as of now, read again for each question so a people import counts at once */
    public DiscordPeople(Supplier<Directory> directory) {
        this.directory = directory;
    }

    /** The person id of a Discord user; empty when Bonusbot does not know them (the core then answers "not enrolled"). */
    public Optional<String> personId(String discordUserId) {
        if (discordUserId == null || discordUserId.isBlank()) {
            return Optional.empty();
        }
        return directory.get().byChatId(ChatPlatform.DISCORD, discordUserId.trim()).map(Person::id);
    }

    /** The Discord user to send a person a direct message; empty without a {@code discord_id}. */
    public Optional<String> discordUserId(String personId) {
        return directory.get().person(personId).flatMap(DiscordPeople::discordUserId);
    }

    public static Optional<String> discordUserId(Person person) {
        return person.chatId(ChatPlatform.DISCORD).filter(id -> !id.isBlank());
    }

    /**
     * The person id a reference typed in a command means (an @mention {@code <@123>}, a person id, e-mail or full
     * name), so that a name with a space in it reaches the core as one word; empty when nobody matches, and the
     * reference then goes to the core as typed. Whether the caller may see that person is the core's decision.
     */
    public Optional<String> referencedPersonId(String reference) {
        return directory.get().byChatReference(reference).map(Person::id);
    }
}
