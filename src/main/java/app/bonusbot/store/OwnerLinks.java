package app.bonusbot.store;

import app.bonusbot.core.people.OwnerIndex;
import app.bonusbot.core.people.Person;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Links deals stored without an owner to the person their CRM owner reference now names. A deal already linked
 * stays as it is: the link is never taken away by a directory that no longer matches. The deals linked join their
 * owner's tallies in the same transaction.
 */
final class OwnerLinks {

    private OwnerLinks() {}

    /** Links against the people stored now; returns the number of deals linked. */
    static int link(Handle h) {
        OwnerIndex owners = OwnerIndex.of(PeopleTable.people(h));
        List<String> references = h.createQuery("SELECT DISTINCT owner_ref FROM deals WHERE owner_id IS NULL AND owner_ref IS NOT NULL")
                .mapTo(String.class)
                .list();
        int linked = 0;
        for (String reference : references) {
            Optional<Person> person = owners.find(reference);
            if (person.isPresent()) {
                DealTallies.addUnowned(h, reference, person.get().id());
                linked += h.createUpdate("UPDATE deals SET owner_id = :owner WHERE owner_ref = :ref AND owner_id IS NULL")
                        .bind("owner", person.get().id())
                        .bind("ref", reference)
                        .execute();
            }
        }
        return linked;
    }
}
