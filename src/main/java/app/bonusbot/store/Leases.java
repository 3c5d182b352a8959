package app.bonusbot.store;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Work only one process on the store may do at a time (the HubSpot sync), by lease: a holder and a time it holds
 * until. The holder renews the lease while it works; a holder that dies stops renewing, the lease runs out, and the
 * next process that asks takes it over. The leases table of the store (migration V16). Taking and renewing are one
 * statement each, so two processes asking at once get one yes between them.
 */
public final class Leases {

    /** Who holds a lease, and until when. */
    public record Lease(String name, String holder, Instant takenAt, Instant until) {}

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Database db;

    public Leases(Database db) {
        this.db = db;
    }

    /** A holder name for this process, unique among the processes on the store: its process name and a random part. */
    public static String thisProcess() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Takes the lease for {@code length} from now when it is free, ran out, or is the holder's own (then this renews
     * it); false while another holder's lease is valid.
     */
    public boolean take(String name, String holder, Duration length) {
        Instant now = db.clock().instant();
        return OneStatementClaim.run(db, h -> h.createUpdate("""
                        INSERT INTO leases (name, holder, taken_at, held_until) VALUES (:name, :holder, :now, :until)
                        ON CONFLICT (name) DO UPDATE SET
                            taken_at = CASE WHEN leases.holder = excluded.holder THEN leases.taken_at ELSE excluded.taken_at END,
                            holder = excluded.holder, held_until = excluded.held_until
                        WHERE leases.holder = excluded.holder OR leases.held_until <= excluded.taken_at""")
                .bind("name", name).bind("holder", holder).bind("now", text(now)).bind("until", text(now.plus(length)))
                .execute() == 1);
    }

    /** Gives the lease back at once, if the holder still holds it, so another process need not wait for it to run out. */
    public void giveBack(String name, String holder) {
        OneStatementClaim.run(db, h -> h.createUpdate("DELETE FROM leases WHERE name = :name AND holder = :holder")
                .bind("name", name).bind("holder", holder)
                .execute());
    }

    /** The lease as recorded, valid or ran out. */
    public Optional<Lease> find(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT name, holder, taken_at, held_until FROM leases WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Lease(rs.getString("name"), rs.getString("holder"), Instant.parse(rs.getString("taken_at")), Instant.parse(rs.getString("held_until"))))
                .findOne());
    }

    private static String text(Instant instant) {
        return INSTANT.format(instant);
    }
}
