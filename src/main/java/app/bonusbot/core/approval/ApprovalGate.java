package app.bonusbot.core.approval;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * May a period be closed? When settings.yaml requires approval: only once the manager of every team with statements
 * in it has approved exactly the figures the team has now. A pure function of the settings, the figures and the
 * approvals; {@code bonusbot close} asks it through {@link Approvals#gate}.
 */
public final class ApprovalGate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ApprovalGate() {}

    /**
     * A team whose approval is missing.
     *
     * @param voided the manager's approval of other figures, voided because the team's figures changed after it
     */
    public record Missing(Team team, String managerId, String managerName, Optional<Approval> voided) {}

    /** The answer: whether the period may be closed, and if not, which managers have not approved. */
    public record Verdict(Period period, boolean required, List<Missing> missing, ZoneId zone) {

        public Verdict {
            missing = List.copyOf(missing);
        }

        public boolean mayClose() {
            return missing.isEmpty();
        }

        /** In English, for the operator's {@code close}: why it is refused, naming each manager missing, and what to do. */
        public String message() {
            if (!required) {
                return period.key() + ": approval is not required (settings.yaml approval.required is off)";
            }
            if (missing.isEmpty()) {
                return period.key() + ": every manager has approved their team's statements";
            }
            List<String> who = new ArrayList<>();
            for (Missing m : missing) {
                String line = m.managerName() + " (" + m.managerId() + ") for " + m.team().name();
                if (m.voided().isPresent()) {
                    line += ", whose figures changed after the approval of " + WHEN.format(m.voided().get().approvedAt().atZone(zone));
                }
                who.add(line);
            }
            return period.key() + " cannot be closed: settings.yaml requires each manager's approval, and " + missing.size()
                    + (missing.size() == 1 ? " manager has" : " managers have") + " not approved their team's statements: " + String.join("; ", who)
                    + ". Ask them with: bonusbot approvals request " + period.key();
        }
    }

    /**
     * @param figures the figures of every team with statements in the period (see {@link Approvals#figures})
     * @param approvals the period's approvals as stored
     */
    public static Verdict verdict(ApprovalSettings settings, Period period, List<TeamFigures> figures, List<Approval> approvals, Directory directory,
            ZoneId zone) {
        if (!settings.required()) {
            return new Verdict(period, false, List.of(), zone);
        }
        List<Missing> missing = new ArrayList<>();
        for (TeamFigures team : figures) {
            String managerId = team.team().managerId();
            if (managerId == null) {
                continue;
            }
            Optional<Approval> latest = latest(approvals, team);
            if (latest.isPresent() && latest.get().holdsFor(team)) {
                continue;
            }
            String name = directory.person(managerId).map(Person::name).orElse(managerId);
            missing.add(new Missing(team.team(), managerId, name, latest));
        }
        return new Verdict(period, true, missing, zone);
    }

    /** The team's current manager's approval of the period, if any. */
    static Optional<Approval> latest(List<Approval> approvals, TeamFigures team) {
        return approvals.stream()
                .filter(a -> a.teamId().equals(team.team().id()) && a.managerId().equals(team.team().managerId()))
                .reduce((a, b) -> b.approvedAt().isAfter(a.approvedAt()) ? b : a);
    }
}
