package app.bonusbot.store;

import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/** SQL for the targets table, inside a caller's handle. Amounts are exact decimal text, as written. */
final class TargetTable {

    private TargetTable() {}

    static List<Target> all(Handle h) {
        return query(h, "SELECT owner_kind, owner_id, plan_id, period_key, target, target_bonus FROM targets"
                + " ORDER BY owner_kind, owner_id, plan_id, period_key", null);
    }

    static List<Target> from(Handle h, Source source) {
        return query(h, "SELECT owner_kind, owner_id, plan_id, period_key, target, target_bonus FROM targets WHERE source = :source", source);
    }

    private static List<Target> query(Handle h, String sql, Source source) {
        var query = h.createQuery(sql);
        if (source != null) {
            query.bind("source", source.dbName());
        }
        return query.map((rs, ctx) -> new Target(OwnerKind.valueOf(rs.getString("owner_kind").toUpperCase(Locale.ROOT)), rs.getString("owner_id"),
                        rs.getString("plan_id"), rs.getString("period_key"), decimal(rs.getString("target")), decimal(rs.getString("target_bonus"))))
                .list();
    }

    static void upsert(Handle h, Target t, Source source) {
        h.createUpdate("""
                        INSERT INTO targets (owner_kind, owner_id, plan_id, period_key, target, target_bonus, source)
                        VALUES (:ownerKind, :ownerId, :planId, :periodKey, :target, :targetBonus, :source)
                        ON CONFLICT (owner_kind, owner_id, plan_id, period_key)
                        DO UPDATE SET target = excluded.target, target_bonus = excluded.target_bonus, source = excluded.source""")
                .bind("ownerKind", kindName(t.ownerKind()))
                .bind("ownerId", t.ownerId())
                .bind("planId", t.planId())
                .bind("periodKey", t.periodKey())
                .bind("target", t.target() == null ? null : t.target().toPlainString())
                .bind("targetBonus", t.targetBonus() == null ? null : t.targetBonus().toPlainString())
                .bind("source", source.dbName())
                .execute();
    }

    static void delete(Handle h, Target t) {
        h.createUpdate("DELETE FROM targets WHERE owner_kind = :ownerKind AND owner_id = :ownerId AND plan_id = :planId AND period_key = :periodKey")
                .bind("ownerKind", kindName(t.ownerKind()))
                .bind("ownerId", t.ownerId())
                .bind("planId", t.planId())
                .bind("periodKey", t.periodKey())
                .execute();
    }

    /** The same amounts by value: 5000 and 5000.00 are one target. */
    static boolean sameAmounts(Target a, Target b) {
        return sameAmount(a.target(), b.target()) && sameAmount(a.targetBonus(), b.targetBonus());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    /** A target's primary key. */
    record Key(OwnerKind ownerKind, String ownerId, String planId, String periodKey) {
        static Key of(Target t) {
            return new Key(t.ownerKind(), t.ownerId(), t.planId(), t.periodKey());
        }
    }

    private static String kindName(OwnerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
