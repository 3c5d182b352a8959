package app.bonusbot.core.approval;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs often: asks the managers of periods whose approval was requested (by {@code bonusbot approvals request}) and
 * asks again when a change of the figures voids an approval. Logs counts only.
 */
final class ApprovalAsking implements Routine {

    private static final Logger log = LoggerFactory.getLogger(ApprovalAsking.class);

    private final ApprovalRounds rounds;
    private final Schedule schedule;

    ApprovalAsking(ApprovalRounds rounds, Schedule schedule) {
        this.rounds = rounds;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "approval-asks";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        rounds.ask().forEach(s -> log.info("approval of {}: {} managers asked, {} could not be reached", s.periodKey(), s.sent(), s.failed()));
    }
}
