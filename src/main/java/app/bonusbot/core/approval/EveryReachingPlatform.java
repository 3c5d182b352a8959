package app.bonusbot.core.approval;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.ReachingPlatforms;
import java.util.List;

/**
 * Approval messages on every platform the manager is on (Slack and Discord both, when they are on both): the first
 * click on any of them records the approval, and a click on the other then says it is approved already. Throws only
 * when no platform took the message.
 */
public final class EveryReachingPlatform implements ApprovalDelivery {

    private final ReachingPlatforms<ApprovalDelivery> platforms;

    public EveryReachingPlatform(List<ApprovalDelivery> platforms) {
        this.platforms = new ReachingPlatforms<>(platforms, ApprovalDelivery::reaches);
    }

    @Override
    public boolean reaches(Person person) {
        return platforms.reach(person);
    }

    @Override
    public void send(Person manager, ApprovalMessage message) {
        platforms.every(manager, platform -> platform.send(manager, message));
    }
}
