package app.bonusbot.core.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where approvals, the requests for them and the asks and reminders sent are kept. Each ask and each day's reminder
 * is claimed (an insert with a unique key) before it is sent, so that it is sent once however many bot processes
 * share the store.
 */
public interface ApprovalRepository {

    /** Records that sales ops asked for approval of a period; false when it had been asked for already. */
    boolean request(String periodKey, Instant at, String actor);

    /** The periods whose approval was asked for and that are not closed, the earliest asked first. */
    List<String> openRequests();

    /** When approval of the period was asked for, and by whom; empty when it never was. */
    Optional<ApprovalRequest> request(String periodKey);

    /** The approvals of a period, one per team and manager, the latest of each. */
    List<Approval> approvals(String periodKey);

    /** Records an approval, replacing that manager's earlier one of the team for the period, and audits it in the same write. */
    void approve(Approval approval);

    /**
     * Claims asking a team's manager to approve these figures (by their digest): true for exactly one caller. When
     * {@code voided} is given, the manager's approval of other figures was voided by the change, and that is audited in
     * the same write.
     */
    boolean claimAsk(String periodKey, String teamId, String managerId, String digest, Instant at, Optional<Approval> voided);

    /** When the manager was asked to approve these figures; empty when not yet. */
    Optional<Instant> askedAt(String periodKey, String teamId, String digest);

    /** Claims the day's reminder of a manager who has not approved a team's figures: true for exactly one caller a day. */
    boolean claimReminder(String periodKey, String teamId, String managerId, LocalDate day, Instant at);
}
