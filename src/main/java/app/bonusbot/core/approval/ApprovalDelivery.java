package app.bonusbot.core.approval;

import app.bonusbot.core.people.Person;

/**
 * Brings an approval ask or reminder to a manager, privately: a direct message with the Approve button. An adapter
 * that cannot reach the person throws; the others are asked all the same.
 */
public interface ApprovalDelivery {

    void send(Person manager, ApprovalMessage message);

    /** Whether this platform knows how to reach the person at all. */
    default boolean reaches(Person person) {
        return true;
    }

    /** Delivers nowhere, for processes that only answer commands (the CLI). */
    ApprovalDelivery NONE = (manager, message) -> { };
}
