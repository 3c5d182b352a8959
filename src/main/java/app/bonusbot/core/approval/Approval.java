package app.bonusbot.core.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A manager's approval of their team's statements for a period, with the figures it was given for.
 *
 * @param actor who recorded it: the manager's person id, {@code cli}, or the person named with {@code --by}
 * @param digest {@link TeamFigures#digest()} of the figures approved
 * @param totals each member's cash total as approved, by person id
 */
public record Approval(String periodKey, String teamId, String managerId, Instant approvedAt, String actor, String digest,
        Map<String, BigDecimal> totals) {

    public Approval {
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(digest, "digest");
        totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }

    /** Whether it still holds for the figures as they are now: any changed total voids it. */
    public boolean holdsFor(TeamFigures now) {
        return now.team().id().equals(teamId) && now.period().key().equals(periodKey) && now.team().managerId() != null
                && now.team().managerId().equals(managerId) && now.digest().equals(digest);
    }

    /** The sum of the totals approved. */
    public BigDecimal total() {
        return totals.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
