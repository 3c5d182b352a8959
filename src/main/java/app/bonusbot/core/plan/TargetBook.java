package app.bonusbot.core.plan;

import app.bonusbot.core.time.Period;
import java.util.List;
import java.util.Optional;

/** All targets known, looked up by owner, plan and period. */
public record TargetBook(List<Target> targets) {

    public static final TargetBook EMPTY = new TargetBook(List.of());

    public TargetBook {
        targets = List.copyOf(targets);
    }

    public Optional<Target> find(OwnerKind kind, String ownerId, String planId, Period period) {
        String key = period.key();
        return targets.stream()
                .filter(t -> t.ownerKind() == kind && t.ownerId().equals(ownerId) && t.planId().equals(planId) && t.periodKey().equals(key))
                .findFirst();
    }
}
