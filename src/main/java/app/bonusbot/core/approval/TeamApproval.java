package app.bonusbot.core.approval;

import java.util.Optional;

/**
 * Where one team stands: its figures now, its manager, and the manager's latest approval of the period.
 *
 * @param approval the latest approval, which may be void (see {@link #approved()})
 */
public record TeamApproval(TeamFigures figures, String managerId, String managerName, Optional<Approval> approval) {

    /** Approved, and for exactly the figures the team has now. */
    public boolean approved() {
        return approval.isPresent() && approval.get().holdsFor(figures);
    }

    /** Approved once, but the figures have changed since. */
    public boolean voided() {
        return approval.isPresent() && !approved();
    }
}
