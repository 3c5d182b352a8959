package app.bonusbot.store;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersions;
import app.bonusbot.core.plan.TargetBook;
import java.util.List;

/**
 * The company as one immutable snapshot per process: people, teams and targets from the store, settings and plans
 * from the configuration. An answer asks for {@link #current()}, which costs one read of the store's
 * {@link DataVersion}; the people and targets are read again only when a write (an import, a config sync, in this
 * process or another) has changed them since, and the new snapshot replaces the old one whole, so a reader sees
 * either the old company or the new, never half of each.
 */
public final class CompanySnapshots {

    private final Database db;
    private final Settings settings;
    private final List<Plan> plans;
    private final PlanVersions versions;
    private volatile Snapshot held;

    private record Snapshot(long version, Company company) {}

    public CompanySnapshots(Database db, Settings settings, List<Plan> plans, PlanVersions versions) {
        this.db = db;
        this.settings = settings;
        this.plans = List.copyOf(plans);
        this.versions = versions;
    }

    /**
     * The company as of the last write to people, teams, targets or deals; inside an answer ({@link Database#readAsOne})
     * as of that answer's state of the store, never a newer one another thread has loaded meanwhile.
     */
    public Company current() {
        long version = DataVersion.read(db);
        Snapshot snapshot = held;
        if (snapshot != null && snapshot.version() == version) {
            return snapshot.company();
        }
        return reload(version);
    }

    /**
     * The data version of the company this answer uses, without another read: what {@link #current()} checked at the
     * start of this answer. Lets a cache tied to the same version ({@link Adjustments}) skip a read of its own.
     */
    public long heldVersion() {
        Snapshot snapshot = held;
        return snapshot == null || db.answering() != null ? DataVersion.read(db) : snapshot.version();
    }

    private synchronized Company reload(long seen) {
        Snapshot snapshot = held;
        // Another thread may have loaded it while this one waited.
        if (snapshot != null && snapshot.version() == seen) {
            return snapshot.company();
        }
        // One read transaction: the version and the rows it counts come from the same state of the store. Inside an
        // answer that is the answer's own transaction, so the company is the one of the version the answer saw; outside
        // one, a connection found dead (the server restarted) is replaced and the load tried again.
        Snapshot loaded = db.readAsOne(() -> db.jdbi().inTransaction(h -> new Snapshot(DataVersion.read(h),
                new Company(settings, new Directory(PeopleTable.people(h), PeopleTable.teams(h), PeopleTable.history(h)), plans, new TargetBook(TargetTable.all(h)), versions))));
        // An answer that began before a newer company was loaded gets its own older one, which replaces nothing.
        if (snapshot == null || loaded.version() > snapshot.version()) {
            held = loaded;
        }
        return loaded.company();
    }
}
