package app.bonusbot.core.approval;

import app.bonusbot.core.people.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Approval messages on every platform the manager is on (Slack and Discord both, when they are on both): the first
 * click on any of them records the approval, and a click on the other then says it is approved already. Throws only
 * when no platform took the message.
 */
public final class EveryReachingPlatform implements ApprovalDelivery {

    private final List<ApprovalDelivery> platforms;

    public EveryReachingPlatform(List<ApprovalDelivery> platforms) {
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public boolean reaches(Person person) {
        return platforms.stream().anyMatch(p -> p.reaches(person));
    }

    @Override
    public void send(Person manager, ApprovalMessage message) {
        List<RuntimeException> errors = new ArrayList<>();
        int took = 0;
        for (ApprovalDelivery platform : platforms) {
            if (!platform.reaches(manager)) {
                continue;
            }
            try {
                platform.send(manager, message);
                took++;
            } catch (RuntimeException e) {
                errors.add(e);
            }
        }
        if (took > 0) {
            return;
        }
        if (errors.isEmpty()) {
            throw new IllegalStateException("no chat platform reaches " + manager.id() + " (no slack_id, discord_id or e-mail in people.yaml)");
        }
        RuntimeException first = errors.get(0);
        errors.subList(1, errors.size()).forEach(first::addSuppressed);
        throw first;
    }
}
