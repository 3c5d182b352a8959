package app.bonusbot.core.people;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone who can be on a bonus plan. The leave date is the last day the person works: it still counts as an
 * active day.
 *
 * @param language null means the company default
 */
public record Person(
        String id,
        String name,
        String email,
        String teamId,
        LocalDate hireDate,
        LocalDate leaveDate,
        Language language,
        String slackId,
        String discordId) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The days of the range on which the person was employed; empty when none. */
    public Optional<DateRange> activeWithin(DateRange range) {
        return range.clip(hireDate, leaveDate);
    }

    public boolean activeOn(LocalDate date) {
        return (hireDate == null || !date.isBefore(hireDate)) && (leaveDate == null || !date.isAfter(leaveDate));
    }

    public Person withTeam(String team) {
        return new Person(id, name, email, team, hireDate, leaveDate, language, slackId, discordId);
    }
}
