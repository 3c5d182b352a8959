package app.bonusbot.store;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Teams, people and targets: those from bot-config/ plus those imported from files. The directory and targets the
 * bot works with are always loaded from here, so that imported people and targets count as much as configured ones.
 */
public final class DirectoryStore {

    private final Database db;

    public DirectoryStore(Database db) {
        this.db = db;
    }

    /**
     * Makes the stored config rows match the config in one transaction: its teams, people and targets are
     * inserted or updated, config rows it no longer has are removed, and deals whose owner it now names are
     * linked. Imported rows are left alone unless the config now defines the same id or target. Takes the
     * config's core values rather than the config itself, so that the store does not depend on the config reader.
     *
     * <p>Every start of every command calls this, reads included, so it writes only when the config differs from
     * the one last written (its {@link #configHash} is stored): an unchanged config costs one read and never
     * waits for another process's write.
     *
     * @return the number of deals linked to an owner (0 when nothing had to be written)
     */
    public int syncFromConfig(Directory directory, TargetBook targets) {
        return syncFromConfig(directory, targets, null);
    }

    /**
     * As {@link #syncFromConfig(Directory, TargetBook)}, and with the company currency and exchange rates: when they
     * differ from the ones last written, every deal in another currency is converted again in the same write
     * ({@link HeldDeals}), so a rate added to settings.yaml makes its held-back deals count without a re-import.
     *
     * @param currencies null to leave the deals in other currencies as they are
     */
    public int syncFromConfig(Directory directory, TargetBook targets, CurrencyConverter currencies) {
        String hash = configHash(directory, targets, currencies);
        if (db.jdbi().withHandle(h -> StoreMeta.get(h, StoreMeta.CONFIG_HASH)).filter(hash::equals).isPresent()) {
            return 0;
        }
        ClosedPeriodWatch watch = db.closedPeriods();
        boolean[] recorded = new boolean[1];
        int linked = db.write(h -> {
            // Another process may have written the same config while this one waited for the lock.
            if (StoreMeta.get(h, StoreMeta.CONFIG_HASH).filter(hash::equals).isPresent()) {
                return 0;
            }
            int links = writeConfig(h, directory, targets);
            if (currencies != null) {
                // A held-back deal that a new rate converts, in a closed period, changes what that period pays.
                DealChanges changes = new DealChanges(h, watch.spans(h), "cli", false, db.clock().instant());
                HeldDeals.convertAgain(h, currencies, changes);
                recorded[0] = changes.recorded();
            }
            StoreMeta.put(h, StoreMeta.CONFIG_HASH, hash);
            DataVersion.bump(h);
            return links;
        });
        watch.afterWrite(recorded[0]);
        return linked;
    }

    private static int writeConfig(Handle h, Directory directory, TargetBook targets) {
        for (Team team : directory.teams()) {
            PeopleTable.upsert(h, team, Source.CONFIG);
        }
        for (Person person : directory.people()) {
            PeopleTable.upsert(h, person, Source.CONFIG);
        }
        PeopleTable.replaceHistory(h, directory.history());
        removeStale(h, "people", directory.people().stream().map(Person::id).collect(Collectors.toSet()));
        removeStale(h, "teams", directory.teams().stream().map(Team::id).collect(Collectors.toSet()));
        Set<TargetTable.Key> configured = new HashSet<>();
        for (Target target : targets.targets()) {
            TargetTable.upsert(h, target, Source.CONFIG);
            configured.add(TargetTable.Key.of(target));
        }
        for (Target stored : TargetTable.from(h, Source.CONFIG)) {
            if (!configured.contains(TargetTable.Key.of(stored))) {
                TargetTable.delete(h, stored);
            }
        }
        return OwnerLinks.link(h);
    }

    /**
     * SHA-256 of everything {@link #syncFromConfig} writes: the teams, people (with their dated teams) and targets, each as its record's
     * text (which holds every field), sorted so that reordering people.yaml is no change; then the exchange rates. The
     * first line names the form, so that a change of form writes the config once more rather than trusting an old hash.
     */
    static String configHash(Directory directory, TargetBook targets, CurrencyConverter currencies) {
        List<String> lines = new ArrayList<>();
        directory.teams().forEach(t -> lines.add("team " + t));
        directory.people().forEach(p -> lines.add("person " + p));
        directory.history().byPerson().forEach((person, memberships) -> lines.add("moves " + person + " " + memberships));
        targets.targets().forEach(t -> lines.add("target " + t));
        if (currencies != null) {
            lines.add("currency " + currencies.companyCurrency());
            currencies.rates().rates().forEach((currency, steps) -> lines.add("rate " + currency + " " + steps));
        }
        Collections.sort(lines);
        lines.add(0, "bonusbot config sync 2");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void removeStale(Handle h, String table, Set<String> configuredIds) {
        for (String id : PeopleTable.idsFrom(h, table, Source.CONFIG)) {
            if (!configuredIds.contains(id)) {
                PeopleTable.delete(h, table, id);
            }
        }
    }

    public Directory loadDirectory() {
        return db.jdbi().withHandle(h -> new Directory(PeopleTable.people(h), PeopleTable.teams(h), PeopleTable.history(h)));
    }

    public TargetBook loadTargets() {
        return new TargetBook(db.jdbi().withHandle(TargetTable::all));
    }

    /**
     * Writes validated people from a file in one transaction (inserted, updated, or left alone when identical),
     * records the import, and links the deals whose owner reference now names one of them.
     */
    public UpsertCounts importPeople(String fileName, List<Person> people, LongConsumer rowsDone) {
        return ImportLog.record(db, ImportKind.PEOPLE, fileName, (h, importId, now) -> {
            Map<String, Person> existing = PeopleTable.people(h).stream().collect(Collectors.toMap(Person::id, Function.identity()));
            Counter counter = new Counter();
            for (Person person : people) {
                Person old = existing.get(person.id());
                if (person.equals(old)) {
                    counter.unchanged++;
                } else {
                    PeopleTable.upsert(h, person, Source.IMPORT);
                    counter.count(old == null);
                }
                rowsDone.accept(counter.total());
            }
            int linked = OwnerLinks.link(h);
            return new UpsertCounts(importId, counter.inserted, counter.updated, counter.unchanged, linked);
        });
    }

    /** Writes validated targets from a file in one transaction and records the import. */
    public UpsertCounts importTargets(String fileName, List<Target> targets, LongConsumer rowsDone) {
        return ImportLog.record(db, ImportKind.TARGETS, fileName, (h, importId, now) -> {
            Map<TargetTable.Key, Target> existing = new HashMap<>();
            for (Target t : TargetTable.all(h)) {
                existing.put(TargetTable.Key.of(t), t);
            }
            Counter counter = new Counter();
            for (Target target : targets) {
                Target old = existing.get(TargetTable.Key.of(target));
                if (old != null && TargetTable.sameAmounts(old, target)) {
                    counter.unchanged++;
                } else {
                    TargetTable.upsert(h, target, Source.IMPORT);
                    counter.count(old == null);
                }
                rowsDone.accept(counter.total());
            }
            return new UpsertCounts(importId, counter.inserted, counter.updated, counter.unchanged, 0);
        });
    }

    private static final class Counter {
        int inserted;
        int updated;
        int unchanged;

        void count(boolean isNew) {
            if (isNew) {
                inserted++;
            } else {
                updated++;
            }
        }

        long total() {
            return inserted + updated + unchanged;
        }
    }
}
