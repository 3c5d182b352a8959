package app.bonusbot.core.command;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateSpan;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a date inside the period changes what counts for a plan: the person moving team ("In team DACH from
 * 1 Jul 2026") or their enrolment starting or ending ("On this plan from 1 Dec 2026"). Nothing when no date falls
 * inside the period.
 */
final class MoveExplanation {

    private final Wording w;
    private final Directory directory;

    MoveExplanation(Wording wording, Directory directory) {
        this.w = wording;
        this.directory = directory;
    }

    List<String> lines(Plan plan, Person person, Period period) {
        List<String> lines = new ArrayList<>();
        if (directory.history().moves(person) && matters(plan)) {
            for (TeamMembership m : directory.history().of(person)) {
                String team = directory.team(m.teamId()).map(Team::name).orElse(m.teamId());
                inside(m.span().from(), period).ifPresent(d -> lines.add(w.t("explain.team_from", team, w.date(d))));
                inside(m.span().to(), period).ifPresent(d -> lines.add(w.t("explain.team_until", team, w.date(d))));
            }
        }
        enrolment(plan).ifPresent(e -> {
            dated(e.peopleDates(), person.id(), period, lines);
            for (String team : directory.history().teamsOf(person)) {
                dated(e.teamDates(), team, period, lines);
            }
        });
        return lines;
    }

    private void dated(Map<String, DateSpan> dates, String id, Period period, List<String> lines) {
        DateSpan span = dates.get(id);
        if (span != null) {
            inside(span.from(), period).ifPresent(d -> lines.add(w.t("explain.enrolled_from", w.date(d))));
            inside(span.to(), period).ifPresent(d -> lines.add(w.t("explain.enrolled_until", w.date(d))));
        }
    }

    /** A team move changes a team plan's figures, and a plan that enrols by team. */
    private static boolean matters(Plan plan) {
        return plan instanceof TeamPlan || enrolment(plan).map(e -> !e.teams().isEmpty()).orElse(false);
    }

    private static Optional<Enrolment> enrolment(Plan plan) {
        if (plan instanceof PerformancePlan p) {
            return Optional.of(p.enrolment());
        } else if (plan instanceof MilestonePlan m) {
            return Optional.of(m.enrolment());
        } else if (plan instanceof RetentionPlan r) {
            return Optional.of(r.enrolment());
        }
        return Optional.empty();
    }

    /** The date when it changes something inside the period: a start after its first day, an end before its last. */
    private static Optional<LocalDate> inside(LocalDate date, Period period) {
        return date != null && period.contains(date) ? Optional.of(date) : Optional.empty();
    }
}
