package app.bonusbot.core.people;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CRM owner references (person id, e-mail or full name, case-insensitive) to people, built once per directory so
 * that an import of many rows looks each owner up in constant time. Ids win over e-mails, e-mails over names.
 */
public final class OwnerIndex {

    private final Map<String, Person> byReference;

    private OwnerIndex(Map<String, Person> byReference) {
        this.byReference = byReference;
    }

    public static OwnerIndex of(List<Person> people) {
        Map<String, Person> index = new HashMap<>();
        for (Person p : people) {
            index.putIfAbsent(key(p.id()), p);
        }
        for (Person p : people) {
            if (p.email() != null) {
                index.putIfAbsent(key(p.email()), p);
            }
        }
        for (Person p : people) {
            index.putIfAbsent(key(p.name()), p);
        }
        return new OwnerIndex(index);
    }

    public Optional<Person> find(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byReference.get(key(reference)));
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
