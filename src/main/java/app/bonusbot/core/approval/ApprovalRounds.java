package app.bonusbot.core.approval;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.schedule.CronSchedule;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks and reminds the managers of the periods whose approval sales ops asked for. Each manager is asked once for each
 * state of their team's figures (again when a change voids their approval), and reminded once a day at
 * settings.yaml's {@code remind_at} from the day after they were asked, until they approve or the period is closed.
 * Each ask and each day's reminder is claimed in the store before it is sent, so several bot processes on one
 * database send it once.
 */
public final class ApprovalRounds {

    private final Approvals approvals;
    private final ApprovalDelivery delivery;

    public ApprovalRounds(Approvals approvals, ApprovalDelivery delivery) {
        this.approvals = approvals;
        this.delivery = delivery;
    }

    /** How many managers a pass reached for a period, and how many it could not. */
    public record Sent(String periodKey, int sent, int failed) {}

    /** The asking on {@code ticks} and the daily reminder at {@code remind_at}; none when approval is not required. */
    public List<Routine> routines(Schedule ticks) {
        if (!approvals.settings().required()) {
            return List.of();
        }
        return List.of(ApprovalPass.asking(this, ticks), ApprovalPass.reminders(this, daily(approvals.settings().remindAt(), approvals.zone())));
    }

    static Schedule daily(LocalTime at, ZoneId zone) {
        return CronSchedule.parse(at.getMinute() + " " + at.getHour() + " * * *", zone);
    }

    /** Asks every manager of an open request whose team's current figures they have not approved and were not asked about. */
    public List<Sent> ask() {
        return pass((key, team, manager) -> {
            if (!approvals.repository().claimAsk(key, team.figures().team().id(), manager.id(), team.figures().digest(), approvals.now(),
                    team.approval())) {
                return Optional.empty();
            }
            ApprovalWording w = approvals.wording(Optional.of(manager));
            String teamName = team.figures().team().name();
            String period = w.period(team.figures().period());
            String lead = team.voided()
                    ? w.t("approval.lead.changed", teamName, period, w.moment(team.approval().orElseThrow().approvedAt()))
                    : w.t("approval.lead.ask", teamName, period);
            return Optional.of(message(w, team, lead));
        });
    }

    /**
     * The day's reminders: every manager still missing who was asked about their team's current figures before that
     * day.
     */
    public List<Sent> remind(LocalDate day) {
        return pass((key, team, manager) -> {
            Optional<Instant> asked = approvals.repository().askedAt(key, team.figures().team().id(), team.figures().digest());
            if (asked.isEmpty() || !asked.get().atZone(approvals.zone()).toLocalDate().isBefore(day)
                    || !approvals.repository().claimReminder(key, team.figures().team().id(), manager.id(), day, approvals.now())) {
                return Optional.empty();
            }
            ApprovalWording w = approvals.wording(Optional.of(manager));
            return Optional.of(message(w, team, w.t("approval.lead.reminder", team.figures().team().name(), w.period(team.figures().period()))));
        });
    }

    private interface Step {
        /** The message to send, once claimed; empty when there is nothing to send (not due, or another process took it). */
        Optional<ApprovalMessage> claim(String periodKey, TeamApproval team, Person manager);
    }

    private List<Sent> pass(Step step) {
        List<Sent> sent = new ArrayList<>();
        LocalDate today = approvals.today();
        for (String key : approvals.repository().openRequests()) {
            Optional<Period> period = approvals.periodOfKey(key);
            if (period.isEmpty()) {
                continue;
            }
            int reached = 0;
            int failed = 0;
            for (TeamApproval team : approvals.teams(period.get())) {
                Optional<Person> manager = approvals.company().directory().person(team.managerId()).filter(p -> p.activeOn(today));
                if (team.approved() || manager.isEmpty()) {
                    continue;
                }
                Optional<ApprovalMessage> message = step.claim(key, team, manager.get());
                if (message.isEmpty()) {
                    continue;
                }
                try {
                    delivery.send(manager.get(), message.get());
                    reached++;
                } catch (RuntimeException e) {
                    // One manager out of reach must not keep the others from being asked; the count goes to the log.
                    failed++;
                }
            }
            if (reached + failed > 0) {
                sent.add(new Sent(key, reached, failed));
            }
        }
        return sent;
    }

    private static ApprovalMessage message(ApprovalWording w, TeamApproval team, String lead) {
        Map<String, BigDecimal> before = team.voided() ? team.approval().orElseThrow().totals() : Map.of();
        return new ApprovalMessage(w.summary(team.figures(), lead, before), ApprovalButton.of(team.figures()), w.t("approval.button"), w.language());
    }
}
