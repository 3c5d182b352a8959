package app.bonusbot.core.people;

import app.bonusbot.core.text.NearestName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everyone the bot knows and how they are organised, as of one load. */
public record Directory(List<Person> people, List<Team> teams) {

    public Directory {
        people = List.copyOf(people);
        teams = List.copyOf(teams);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Person> members(String teamId) {
        return people.stream().filter(p -> teamId.equals(p.teamId())).toList();
    }

    public List<Team> teamsManagedBy(String personId) {
        return teams.stream().filter(t -> personId.equals(t.managerId())).toList();
    }

    /** The person whose user id on the platform this is. */
    public Optional<Person> byChatId(ChatPlatform platform, String chatId) {
        return people.stream().filter(p -> p.chatId(platform).filter(chatId::equals).isPresent()).findFirst();
    }

    public Optional<Person> byEmail(String email) {
        return people.stream().filter(p -> p.email() != null && p.email().equalsIgnoreCase(email)).findFirst();
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
        return OwnerIndex.of(people).find(reference);
    }
}
