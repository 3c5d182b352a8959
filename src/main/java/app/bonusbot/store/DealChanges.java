package app.bonusbot.store;

import app.bonusbot.core.time.Period;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What a write of deals keeps about each deal it changes, inside its own transaction: a pending recheck when the deal's
 * old or new close date lies in a closed period (the reconciler, {@code ChangesAfterClose}, turns it into clawbacks and
 * top-ups), and a {@code deal_changed} audit entry with the fields before and after, for every change the CRM sync makes
 * and for every change an import makes to a closed period. An import's other changes are in its one {@code import}
 * entry and in deal_history, so a large import writes no audit row per deal.
 */
final class DealChanges {

    private final Handle h;
    private final ClosedSpans closed;
    private final String actor;
    private final boolean auditEveryChange;
    private final Instant now;
    private boolean recorded;

    /**
     * @param actor {@code import}, {@code hubspot}, or {@code cli} for a conversion at new exchange rates
     * @param auditEveryChange true for the CRM sync, whose changes have no file to look in afterwards
     */
    DealChanges(Handle h, ClosedSpans closed, String actor, boolean auditEveryChange, Instant now) {
        this.h = h;
        this.closed = closed;
        this.actor = actor;
        this.auditEveryChange = auditEveryChange;
        this.now = now;
    }

    /** Whether nothing can be kept: no closed period and no audit of every change. The cheap case of every import. */
    boolean idle() {
        return closed.isEmpty() && !auditEveryChange;
    }

    /** @param before null for a new deal */
    void changed(DealRow before, DealRow after) {
        if (idle()) {
            return;
        }
        Optional<Period> touched = closed.touched(before, after);
        if (touched.isPresent()) {
            h.createUpdate("INSERT INTO deal_rechecks (deal_id, before, after, source, at) VALUES (:deal, :before, :after, :source, :at)")
                    .bind("deal", after.dealId()).bind("before", before == null ? null : DealLedger.toJson(before.values()))
                    .bind("after", DealLedger.toJson(after.values())).bind("source", actor).bind("at", now.toString())
                    .execute();
            recorded = true;
        }
        if (touched.isPresent() || auditEveryChange) {
            audit(before, after, touched);
        }
    }

    private void audit(DealRow before, DealRow after, Optional<Period> touched) {
        Map<String, String> from = before == null ? Map.of() : before.previousValuesOfChangedFields(after);
        Map<String, String> to = new LinkedHashMap<>();
        Map<String, String> now = after.values();
        (before == null ? now.keySet() : from.keySet()).forEach(field -> to.put(field, now.get(field)));
        if (before != null && from.isEmpty()) {
            // Only the link to a person changed: the CRM data is the same.
            from = Map.of("owner_id", String.valueOf(before.ownerId()));
            to.clear();
            to.put("owner_id", String.valueOf(after.ownerId()));
        }
        String person = after.ownerId() != null ? after.ownerId() : before == null ? null : before.ownerId();
        AuditLog.append(h, AuditEntry.of(this.now, actor, "deal_changed").person(person).period(touched.map(Period::key).orElse(null))
                .subject(after.dealId()).change(before == null ? null : DealLedger.toJson(from), DealLedger.toJson(to))
                .detail(after.name()));
    }

    /** Whether a recheck was recorded: the reconciler is then run once the write has committed. */
    boolean recorded() {
        return recorded;
    }
}
