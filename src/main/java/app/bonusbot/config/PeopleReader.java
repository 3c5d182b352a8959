package app.bonusbot.config;

import app.bonusbot.config.References.KnownIds;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Snowflake;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** people.yaml: teams with their managers, and everyone who can be on a plan. */
final class PeopleReader {

    private static final List<String> FIELDS = List.of("teams", "people");
    private static final List<String> TEAM_FIELDS = List.of("id", "name", "manager");
    private static final List<String> PERSON_FIELDS =
            List.of("id", "name", "email", "team", TeamHistoryReader.FIELD, "hire_date", "leave_date", "language", "slack_id", "discord_id", "employee_number");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * @param entries each valid person's mapping, for problems found later about a person (e.g. a missing hire date)
     * @param employeeNumbers {@code employee_number} by person id, for payroll
     */
    record Result(Directory directory, KnownIds known, Map<String, YamlMap> entries, Map<String, String> employeeNumbers) {}

    private final References references;
    private final TeamHistoryReader histories;
    private final Map<String, List<TeamMembership>> moves = new LinkedHashMap<>();
    private final Map<String, YamlNode> teamIds = new LinkedHashMap<>();
    private final Map<String, YamlNode> personIds = new LinkedHashMap<>();
    // Chat ids and e-mails identify who is asking, so two people sharing one would see each other's numbers.
    private final Map<String, Map<String, String>> identities = new LinkedHashMap<>();
    private final Map<String, String> employeeNumbers = new LinkedHashMap<>();

    PeopleReader(References references) {
        this.references = references;
        this.histories = new TeamHistoryReader(references);
    }

    Result read(YamlNode root) {
        List<Team> teams = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<String, YamlMap> entries = new LinkedHashMap<>();
        Optional<YamlMap> file = root.map();
        if (file.isPresent()) {
            YamlMap m = file.get().only(FIELDS);
            m.optional("teams").flatMap(YamlNode::list).ifPresent(list -> list.forEach(n -> team(n).ifPresent(teams::add)));
            m.required("people").flatMap(YamlNode::nonEmptyList).ifPresent(list -> {
                for (YamlNode n : list) {
                    n.map().ifPresent(entry -> person(entry).ifPresent(p -> {
                        people.add(p);
                        entries.put(p.id(), entry);
                    }));
                }
            });
        }
        KnownIds known = new KnownIds(true, personIds.keySet(), teamIds.keySet());
        return new Result(new Directory(people, teams, new TeamHistory(moves)), known, entries, Map.copyOf(employeeNumbers));
    }

    private Optional<Team> team(YamlNode node) {
        Optional<YamlMap> entry = node.map();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = entry.get().only(TEAM_FIELDS);
        Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(teamIds, "team"));
        Optional<String> name = m.required("name").flatMap(YamlNode::text);
        Optional<YamlNode> managerNode = m.optional("manager");
        Optional<String> manager = managerNode.flatMap(YamlNode::id);
        manager.ifPresent(p -> references.person(managerNode.get(), p));
        boolean managerOk = managerNode.isEmpty() || manager.isPresent();
        if (id.isEmpty() || name.isEmpty() || !managerOk) {
            return Optional.empty();
        }
        return Optional.of(new Team(id.get(), name.get(), manager.orElse(null)));
    }

    private Optional<Person> person(YamlMap entry) {
        YamlMap m = entry.only(PERSON_FIELDS);
        Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(personIds, "person"));
        Optional<String> name = m.required("name").flatMap(YamlNode::text);
        List<Boolean> ok = new ArrayList<>();
        String email = optionalIdentity(m, "email", id, ok);
        if (email != null && !EMAIL.matcher(email).matches()) {
            m.report("email", "'" + email + "' is not an e-mail address");
            ok.add(false);
        }
        String team = optional(m, "team", YamlNode::id, ok);
        m.optional("team").ifPresent(n -> {
            if (team != null) {
                references.team(n, team);
            }
        });
        // A person who moves between teams lists them with dates; their team as configured is the last one.
        List<TeamMembership> history = null;
        if (m.has(TeamHistoryReader.FIELD)) {
            if (m.has("team")) {
                m.report(TeamHistoryReader.FIELD, "give either team (one team always) or teams (with dates), not both");
                ok.add(false);
            } else {
                history = histories.read(m.optional(TeamHistoryReader.FIELD).get()).orElse(null);
                ok.add(history != null);
            }
        }
        LocalDate hired = optional(m, "hire_date", YamlNode::date, ok);
        LocalDate left = optional(m, "leave_date", YamlNode::date, ok);
        if (hired != null && left != null && left.isBefore(hired)) {
            m.report("leave_date", "must not be before hire_date (" + hired + ")");
            ok.add(false);
        }
        Language language = optional(m, "language", n -> n.choice(SettingsReader.LANGUAGES), ok);
        String slack = optionalIdentity(m, "slack_id", id, ok);
        String discord = optionalIdentity(m, "discord_id", id, ok);
        // Payroll tells people apart by it, so two people sharing one would be paid as one.
        String employeeNumber = optionalIdentity(m, "employee_number", id, ok);
        if (discord != null && !Snowflake.matches(discord)) {
            m.report("discord_id", "'" + discord + "' is not a Discord user id: a number of 15 to 21 digits, quoted (in Discord, with Developer Mode"
                    + " on: right-click the person, Copy User ID)");
            ok.add(false);
        }
        if (id.isEmpty() || name.isEmpty() || ok.contains(false)) {
            return Optional.empty();
        }
        Map<ChatPlatform, String> chatIds = new EnumMap<>(ChatPlatform.class);
        chatIds.put(ChatPlatform.SLACK, slack);
        chatIds.put(ChatPlatform.DISCORD, discord);
        if (employeeNumber != null) {
            employeeNumbers.put(id.get(), employeeNumber);
        }
        if (history != null) {
            moves.put(id.get(), history);
            return Optional.of(new Person(id.get(), name.get(), email, history.get(history.size() - 1).teamId(), hired, left, language, chatIds));
        }
        return Optional.of(new Person(id.get(), name.get(), email, team, hired, left, language, chatIds));
    }

    private static <T> T optional(YamlMap m, String key, java.util.function.Function<YamlNode, Optional<T>> read, List<Boolean> ok) {
        if (!m.has(key)) {
            return null;
        }
        Optional<T> value = read.apply(m.optional(key).get());
        ok.add(value.isPresent());
        return value.orElse(null);
    }

    private String optionalIdentity(YamlMap m, String key, Optional<String> owner, List<Boolean> ok) {
        String value = optional(m, key, YamlNode::text, ok);
        if (value == null) {
            return null;
        }
        Map<String, String> used = identities.computeIfAbsent(key, k -> new LinkedHashMap<>());
        String normalised = value.toLowerCase(Locale.ROOT);
        String other = used.get(normalised);
        if (other != null) {
            m.report(key, key + " '" + value + "' is already used by " + other);
            ok.add(false);
        } else {
            used.put(normalised, owner.orElse("another person"));
        }
        return value;
    }
}
