package app.bonusbot.core.engine;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import java.time.LocalDate;
import java.util.Map;

/** Sellers for engine tests; everyone is on team {@code north} unless a test says otherwise. */
final class People {

    static final String TEAM = "north";

    private People() {}

    static Person seller(String id) {
        return person(id, TEAM, null, null);
    }

    static Person hiredOn(String id, String hireDate) {
        return person(id, TEAM, LocalDate.parse(hireDate), null);
    }

    static Person leftOn(String id, String leaveDate) {
        return person(id, TEAM, null, LocalDate.parse(leaveDate));
    }

    static Person employed(String id, String hireDate, String leaveDate) {
        return person(id, TEAM, LocalDate.parse(hireDate), LocalDate.parse(leaveDate));
    }

    static Person person(String id, String teamId, LocalDate hireDate, LocalDate leaveDate) {
        return new Person(id, id, id + "@example.com", teamId, hireDate, leaveDate, null, Map.of());
    }
}
