package app.bonusbot.core.people;

import app.bonusbot.core.text.NearestName;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everyone the bot knows and how they are organised, as of one load. Immutable, with its lookups (by id, team,
 * manager, chat id, e-mail, owner reference) indexed once when it is built: a process answers every command from one
 * of these, so a lookup must not cost a scan of ten thousand people. Where several people match, the first in
 * {@link #people()} order wins, as a scan would have it.
 */
public final class Directory {

    private final List<Person> people;
    private final List<Team> teams;
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, Team> teamById = new HashMap<>();
    private final Map<String, List<Person>> membersByTeam = new HashMap<>();
    private final Map<String, List<Team>> teamsByManager = new HashMap<>();
    private final Map<ChatPlatform, Map<String, Person>> byChatId = new EnumMap<>(ChatPlatform.class);
    private final Map<String, Person> byEmail = new HashMap<>();
    private final OwnerIndex owners;
    private final TeamHistory history;
    /** Everyone who is in the team on some day, dated histories included. */
    private final Map<String, List<Person>> everInTeam = new HashMap<>();

    public Directory(List<Person> people, List<Team> teams) {
        this(people, teams, TeamHistory.NONE);
    }

    /** @param history the dated teams of the people who move between teams */
    public Directory(List<Person> people, List<Team> teams, TeamHistory history) {
        this.people = List.copyOf(people);
        this.teams = List.copyOf(teams);
        this.history = history;
        for (Person p : this.people) {
            history.teamsOf(p).forEach(team -> everInTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(p));
            byId.putIfAbsent(p.id(), p);
            if (p.teamId() != null) {
                membersByTeam.computeIfAbsent(p.teamId(), t -> new ArrayList<>()).add(p);
            }
            p.chatIds().forEach((platform, chatId) -> byChatId.computeIfAbsent(platform, x -> new HashMap<>()).putIfAbsent(chatId, p));
            if (p.email() != null) {
                byEmail.putIfAbsent(caseless(p.email()), p);
            }
        }
        membersByTeam.replaceAll((team, members) -> List.copyOf(members));
        everInTeam.replaceAll((team, members) -> List.copyOf(members));
        for (Team t : this.teams) {
            teamById.putIfAbsent(t.id(), t);
            if (t.managerId() != null) {
                teamsByManager.computeIfAbsent(t.managerId(), m -> new ArrayList<>()).add(t);
            }
        }
        teamsByManager.replaceAll((manager, managed) -> List.copyOf(managed));
        this.owners = OwnerIndex.of(this.people);
    }

    public List<Person> people() {
        return people;
    }

    public List<Team> teams() {
        return teams;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Team> team(String id) {
        return Optional.ofNullable(teamById.get(id));
    }

    /** The people whose team is this one as configured ({@link Person#teamId()}); for a given day see {@link #membersOn}. */
    public List<Person> members(String teamId) {
        return membersByTeam.getOrDefault(teamId, List.of());
    }

    public TeamHistory history() {
        return history;
    }

    /** The team the person is in on the day, after their dated history when they have one; empty when in none. */
    public Optional<String> teamOn(Person person, LocalDate day) {
        return history.teamOn(person, day);
    }

    /** The people in the team on the day, employed then or not. Costs the team's size, not the company's. */
    public List<Person> membersOn(String teamId, LocalDate day) {
        return everInTeam.getOrDefault(teamId, List.of()).stream().filter(p -> teamId.equals(history.teamOn(p, day).orElse(null))).toList();
    }

    /** The people in the team on at least one day of the range, employed then or not. */
    public List<Person> membersWithin(String teamId, DateRange range) {
        return everInTeam.getOrDefault(teamId, List.of()).stream().filter(p -> !history.daysIn(p, teamId, range).isEmpty()).toList();
    }

    public List<Team> teamsManagedBy(String personId) {
        return teamsByManager.getOrDefault(personId, List.of());
    }

    /** The person whose user id on the platform this is. */
    public Optional<Person> byChatId(ChatPlatform platform, String chatId) {
        return Optional.ofNullable(byChatId.getOrDefault(platform, Map.of()).get(chatId));
    }

    public Optional<Person> byEmail(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(byEmail.get(caseless(email)));
    }

    /**
     * Finds the person a chat user means: a Slack mention {@code <@U123|anna>}, a Discord mention {@code <@123>} or
     * {@code <@!123>}, a chat id, or a person id, e-mail or full name.
     */
    public Optional<Person> byChatReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.trim();
        if (ref.startsWith("<@") && ref.endsWith(">")) {
            ref = ref.substring(2, ref.length() - 1);
            int bar = ref.indexOf('|');
            if (bar >= 0) {
                ref = ref.substring(0, bar);
            }
            if (ref.startsWith("!")) {
                ref = ref.substring(1);
            }
        } else if (ref.startsWith("@")) {
            ref = ref.substring(1);
        }
        for (ChatPlatform platform : ChatPlatform.values()) {
            Optional<Person> person = byChatId(platform, ref);
            if (person.isPresent()) {
                return person;
            }
        }
        return byOwnerReference(ref);
    }

    /**
     * The person someone probably meant by a reference that matches nobody ({@code anna.holmm}, {@code Ana Holm},
     * {@code anna}): the one whose id, e-mail or full name is a typo away, or else the only one whose id or name
     * starts with it. Empty when nobody is close, or the start fits several people.
     */
    public Optional<Person> nearest(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Person p : people) {
            byName.putIfAbsent(p.id(), p);
            if (p.email() != null) {
                byName.putIfAbsent(p.email(), p);
            }
            byName.putIfAbsent(p.name(), p);
        }
        Optional<Person> typo = NearestName.among(reference.strip(), byName.keySet()).map(byName::get);
        if (typo.isPresent()) {
            return typo;
        }
        String start = reference.strip().toLowerCase(Locale.ROOT);
        List<Person> starting = people.stream()
                .filter(p -> p.id().toLowerCase(Locale.ROOT).startsWith(start) || p.name().toLowerCase(Locale.ROOT).startsWith(start))
                .toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    /** Matches a CRM owner reference (person id, e-mail or full name, case-insensitive) to a person. */
    public Optional<Person> byOwnerReference(String reference) {
        return owners.find(reference);
    }

    /**
     * A key under which two texts are equal exactly when {@link String#equalsIgnoreCase} says so: that method
     * compares character by character, upper-cased and then lower-cased, and so does this.
     */
    private static String caseless(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return key.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Directory other && people.equals(other.people) && teams.equals(other.teams) && history.equals(other.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(people, teams, history);
    }

    @Override
    public String toString() {
        return "Directory[people=" + people + ", teams=" + teams + ", history=" + history + "]";
    }
}
