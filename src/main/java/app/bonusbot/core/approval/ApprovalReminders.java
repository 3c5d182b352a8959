package app.bonusbot.core.approval;

import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Once a day at settings.yaml's {@code approval.remind_at}: reminds the managers who have not approved. Logs counts only. */
final class ApprovalReminders implements Routine {

    private static final Logger log = LoggerFactory.getLogger(ApprovalReminders.class);

    private final ApprovalRounds rounds;
    private final Schedule schedule;

    ApprovalReminders(ApprovalRounds rounds, Schedule schedule) {
        this.rounds = rounds;
        this.schedule = schedule;
    }

    @Override
    public String name() {
        return "approval-reminders";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        rounds.remind(occurrence.toLocalDate())
                .forEach(s -> log.info("approval of {}: {} managers reminded, {} could not be reached", s.periodKey(), s.sent(), s.failed()));
    }
}
