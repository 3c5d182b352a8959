package app.bonusbot.core.command;

import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.reply.Reply;
import java.util.List;
import java.util.Map;

/** {@code /bonus team}: each member's attainment, for the team's manager. Pay amounts stay personal. */
final class TeamView {

    private final Wording w;

    TeamView(Wording wording) {
        this.w = wording;
    }

    /** The plans the view shows of a member: those measured in attainment. Pay amounts stay personal. */
    static boolean shows(Plan plan) {
        return plan instanceof PerformancePlan || plan instanceof TeamPlan;
    }

    Reply render(Person manager, Map<Team, List<Statement>> teams) {
        Reply.Builder reply = Reply.builder(w.t("team.summary", manager.name()));
        boolean first = true;
        for (Map.Entry<Team, List<Statement>> entry : teams.entrySet()) {
            if (!first) {
                reply.divider();
            }
            first = false;
            reply.header(w.t("team.header", entry.getKey().name()));
            if (entry.getValue().isEmpty()) {
                reply.text(w.t("team.no_members"));
            }
            for (Statement statement : entry.getValue()) {
                reply.subheading(statement.person().name());
                boolean any = false;
                for (PlanResult result : statement.results()) {
                    if (result instanceof PlanResult.Performance p && p.tiers() != null) {
                        String caption = w.percent(p.tiers().attainment()) + " · " + w.period(p.period())
                                + p.pace().map(pace -> " · " + w.t("team.pace", w.percent(pace.projectedAttainment()))).orElse("");
                        reply.progress(w.planName(p.plan()), p.tiers().attainment(), caption);
                        any = true;
                    } else if (result instanceof PlanResult.Performance p && p.proration().activeDays() == 0) {
                        reply.context(w.t("status.not_active", w.period(p.period())));
                        any = true;
                    }
                }
                if (!any) {
                    reply.context(w.t("team.no_measured_plans"));
                }
            }
            entry.getValue().stream().flatMap(s -> s.results().stream())
                    // A member who moved in during the period may carry their earlier team's figures: this team's only.
                    .filter(r -> r instanceof PlanResult.Team t && t.tiers() != null && entry.getKey().id().equals(t.teamId()))
                    .map(r -> (PlanResult.Team) r)
                    .findFirst()
                    .ifPresent(t -> reply.subheading(w.t("team.shared", w.planName(t.plan()))).progress(w.t("team.shared", w.planName(t.plan())), t.tiers().attainment(),
                            w.t("status.team_progress", w.percent(t.tiers().attainment()), w.metric(t.plan().metric().kind(), t.teamMetric()),
                                    w.metric(t.plan().metric().kind(), t.target()))));
        }
        reply.context(w.t("team.context"));
        return reply.build();
    }
}
