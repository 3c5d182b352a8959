package app.bonusbot.core.people;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who can be on a bonus plan. The leave date is the last day the person works: it still counts as an
 * active day.
 *
 * @param language null means the company default
 * @param chatIds the person's user id on each chat platform they are on; a null id counts as none
 */
public record Person(
        String id,
        String name,
        String email,
        String teamId,
        LocalDate hireDate,
        LocalDate leaveDate,
        Language language,
        Map<ChatPlatform, String> chatIds) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        chatIds = ChatPlatform.present(Objects.requireNonNull(chatIds, "chatIds"));
    }

    /** The person's user id on the platform; empty when they are not on it. */
    public Optional<String> chatId(ChatPlatform platform) {
        return Optional.ofNullable(chatIds.get(platform));
    }

    /** The days of the range on which the person was employed; empty when none. */
    public Optional<DateRange> activeWithin(DateRange range) {
        return range.clip(hireDate, leaveDate);
    }

    public boolean activeOn(LocalDate date) {
        return (hireDate == null || !date.isBefore(hireDate)) && (leaveDate == null || !date.isAfter(leaveDate));
    }

    public Person withTeam(String team) {
        return new Person(id, name, email, team, hireDate, leaveDate, language, chatIds);
    }
}
