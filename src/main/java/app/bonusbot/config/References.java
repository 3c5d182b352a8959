package app.bonusbot.config;

import app.bonusbot.core.text.NearestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ids one file uses that another file defines (admins, managers, enrolments, grants). They are checked once
 * people.yaml has been read, and not at all when it could not be read, so one broken file does not drown the
 * admin in follow-on problems.
 */
final class References {

    private record Use(YamlNode node, String id) {}

    private final List<Use> people = new ArrayList<>();
    private final List<Use> teams = new ArrayList<>();

    void person(YamlNode node, String id) {
        people.add(new Use(node, id));
    }

    void team(YamlNode node, String id) {
        teams.add(new Use(node, id));
    }

    void check(KnownIds known) {
        if (!known.readable()) {
            return;
        }
        for (Use use : people) {
            if (!known.people().contains(use.id())) {
                use.node().report("no person '" + use.id() + "' in people.yaml" + NearestName.hint(use.id(), known.people()));
            }
        }
        for (Use use : teams) {
            if (!known.teams().contains(use.id())) {
                use.node().report("no team '" + use.id() + "' in people.yaml" + NearestName.hint(use.id(), known.teams()));
            }
        }
    }

    /**
     * Every id people.yaml declares, including entries that are invalid for other reasons.
     *
     * @param readable false when people.yaml is missing or not YAML: nothing can be checked against it
     */
    record KnownIds(boolean readable, Set<String> people, Set<String> teams) {
        static final KnownIds UNREADABLE = new KnownIds(false, Set.of(), Set.of());
    }
}
