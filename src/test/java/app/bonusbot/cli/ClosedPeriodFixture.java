package app.bonusbot.cli;

import app.bonusbot.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A closed period as the close writes it (period_closes, closed_plan_cash), for the tests of what happens after a
 * close until they run the real {@code bonusbot close}.
 */
final class ClosedPeriodFixture {

    private ClosedPeriodFixture() {}

    /** @param paidCents per person, per plan id: the cash the close froze, in cents */
    static void close(Path dbFile, String periodKey, Instant closedAt, Map<String, Map<String, Long>> paidCents) {
        try (Database db = Database.open(dbFile)) {
            db.useWrite(h -> {
                h.createUpdate("INSERT INTO period_closes (period_key, state, closed_at, closed_by) VALUES (:key, 'closed', :at, 'boss')")
                        .bind("key", periodKey).bind("at", closedAt.toString()).execute();
                paidCents.forEach((person, plans) -> plans.forEach((plan, cents) -> h.createUpdate("""
                                INSERT INTO closed_plan_cash (period_key, person_id, plan_id, cash_cents, version_from, version_digest)
                                VALUES (:key, :person, :plan, :cents, NULL, 'fixture')""")
                        .bind("key", periodKey).bind("person", person).bind("plan", plan).bind("cents", cents).execute()));
            });
        }
    }

    /** Runs SQL on the database file, e.g. to count rows a test expects. */
    static long count(Path dbFile, String sql) {
        try (Database db = Database.open(dbFile)) {
            return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }
    }

    static void execute(Path dbFile, String sql) {
        try (Database db = Database.open(dbFile)) {
            db.useWrite(h -> h.execute(sql));
        }
    }
}
