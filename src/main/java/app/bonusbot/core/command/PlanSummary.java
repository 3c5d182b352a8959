package app.bonusbot.core.command;

import app.bonusbot.core.engine.NextStep;
import app.bonusbot.core.engine.Pace;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.PlanResult.RuleProgress;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.reply.Block.Field;
import app.bonusbot.core.reply.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One plan's part of a status answer: progress, payout so far, pace and what the next tier is worth. */
final class PlanSummary {

    private final Wording w;
    private final Directory directory;
    private boolean closed;

    /** @param directory the teams by name, for a share of another team's pool */
    PlanSummary(Wording wording, Directory directory) {
        this.w = wording;
        this.directory = directory;
    }

    /** @param closed whether the period is over: then the payout is final and there is no next tier to reach */
    void addTo(Reply.Builder reply, PlanResult result, boolean closed) {
        this.closed = closed;
        reply.subheading(w.t("status.plan_title", w.planName(result.plan()), w.period(result.period())));
        if (result instanceof PlanResult.Performance p) {
            performance(reply, p);
        } else if (result instanceof PlanResult.Team t) {
            team(reply, t);
        } else if (result instanceof PlanResult.Milestone m) {
            milestone(reply, m);
        } else if (result instanceof PlanResult.Retention r) {
            retention(reply, r);
        } else if (result instanceof PlanResult.Stock s) {
            stock(reply, s);
        }
    }

    private void performance(Reply.Builder reply, PlanResult.Performance p) {
        MetricKind kind = p.plan().metric().kind();
        if (p.proration().activeDays() == 0) {
            reply.text(w.t("status.not_active", w.period(p.period())));
            return;
        }
        if (p.plan().isFlat()) {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(w.t("field.metric"), w.metric(kind, p.metric())));
            fields.add(new Field(w.t("field.rate"), w.percent(p.plan().flatRate())));
            fields.add(new Field(payoutLabel(), w.money(p.total())));
            p.pace().ifPresent(pace -> fields.add(new Field(w.t("field.pace"), w.t("pace.flat", w.metric(kind, pace.projectedMetric()),
                    w.money(pace.projectedPayout()), w.date(p.period().end())))));
            reply.fields(fields);
            return;
        }
        if (p.missingTarget()) {
            reply.text(w.t("status.no_target", w.period(p.period())));
            return;
        }
        BigDecimal attainment = p.tiers().attainment();
        reply.progress(w.planName(p.plan()), attainment,
                w.t("status.progress", w.percent(attainment), w.metric(kind, p.metric()), w.metric(kind, p.target())));
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(payoutLabel(), w.money(p.total())));
        p.pace().ifPresent(pace -> fields.add(new Field(w.t("field.pace"), pace(pace, p.period().end()))));
        if (!closed) {
            fields.add(new Field(w.t("field.next_tier"), next(p.next(), kind, p.plan().base(), p.tiers().capped())));
        }
        reply.fields(fields);
        if (!p.proration().isFull()) {
            reply.context(w.t("status.prorated", p.proration().activeDays(), w.count("days", p.proration().periodDays())));
        }
    }

    private void team(Reply.Builder reply, PlanResult.Team t) {
        MetricKind kind = t.plan().metric().kind();
        if (t.missingTarget()) {
            reply.text(w.t("status.no_team_target", w.period(t.period())));
            return;
        }
        BigDecimal attainment = t.tiers().attainment();
        reply.progress(w.planName(t.plan()), attainment,
                w.t("status.team_progress", w.percent(attainment), w.metric(kind, t.teamMetric()), w.metric(kind, t.target())));
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(w.t("field.team_pool"), w.money(t.pool())));
        if (t.otherTeams().isEmpty()) {
            fields.add(new Field(w.t("field.your_share"), share(t)));
        } else {
            shares(fields, t);
        }
        t.pace().ifPresent(pace -> fields.add(new Field(w.t("field.pace"),
                w.t("pace.team", w.percent(pace.projectedAttainment()), w.money(pace.projectedPayout()), w.date(t.period().end())))));
        if (!closed) {
            fields.add(new Field(w.t("field.next_tier"), next(t.next(), kind, PayoutBase.TARGET_BONUS, t.tiers().capped())));
        }
        reply.fields(fields);
    }

    private String share(PlanResult.Team t) {
        if (!t.eligible()) {
            return t.plan().split() == app.bonusbot.core.plan.TeamSplit.EQUAL ? w.t("share.not_eligible_equal") : w.t("share.no_contribution");
        }
        String split = t.plan().split() == app.bonusbot.core.plan.TeamSplit.EQUAL
                ? w.t("share.equal", w.count("members", t.sharers()))
                : w.t("share.contribution", w.metric(t.plan().metric().kind() == MetricKind.SUM ? MetricKind.SUM : MetricKind.COUNT, t.ownMetric()));
        return w.money(t.total()) + " (" + split + ")";
    }

    /** A mover's shares of several teams' pools: their sum, then each team's, in the order they were in the teams. */
    private void shares(List<Field> fields, PlanResult.Team t) {
        MetricKind contributionKind = t.plan().metric().kind() == MetricKind.SUM ? MetricKind.SUM : MetricKind.COUNT;
        fields.add(new Field(w.t("field.your_share"), w.money(t.total())));
        for (PayoutLine line : t.lines()) {
            PayoutLine.ShareLine share = (PayoutLine.ShareLine) line;
            String team = directory.team(share.teamId()).map(Team::name).orElse(share.teamId());
            fields.add(new Field(w.t("field.your_share_from_team", team),
                    w.money(share.amount()) + " (" + w.t("share.contribution", w.metric(contributionKind, share.numerator())) + ")"));
        }
    }

    private void milestone(Reply.Builder reply, PlanResult.Milestone m) {
        List<Field> fields = new ArrayList<>();
        for (RuleProgress progress : m.rules()) {
            MilestoneRule rule = progress.rule();
            String value;
            if (rule instanceof MilestoneRule.CountReached count) {
                value = progress.reached()
                        ? w.t("milestone.count_reached", progress.deals().size(), count.count(), w.money(count.amount()))
                        : w.t("milestone.count_progress", progress.deals().size(), count.count(), w.money(count.amount()));
            } else {
                BigDecimal earned = rule.amount().multiply(BigDecimal.valueOf(progress.deals().size()));
                value = w.t("milestone.per_event", progress.deals().size(), w.money(rule.amount()), w.money(earned));
            }
            fields.add(new Field(rule.name().in(w.language()), value));
        }
        fields.add(new Field(payoutLabel(), w.money(m.total())));
        reply.fields(fields);
    }

    private void retention(Reply.Builder reply, PlanResult.Retention r) {
        if (r.hireDate() == null) {
            reply.text(w.t("retention.no_hire_date"));
            return;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(w.t("field.paid_this_period"), w.money(r.total())));
        fields.add(new Field(w.t("field.next_installment"), r.nextDue()
                .map(i -> w.t("retention.next", w.money(i.installment().amount()), w.date(i.dueDate()), w.count("months", i.installment().months())))
                .orElse(w.t("retention.none_left"))));
        reply.fields(fields);
    }

    private void stock(Reply.Builder reply, PlanResult.Stock s) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(w.t("field.vested"), w.t("stock.shares_worth", w.count("shares", s.vested()), w.money(s.value()))));
        fields.add(new Field(w.t("field.unvested"), w.t("stock.shares_worth", w.count("shares", s.unvested()), w.money(s.unvestedValue()))));
        fields.add(new Field(w.t("field.next_vesting"), s.nextVesting().map(w::date).orElse(w.t("stock.no_more_vesting"))));
        fields.add(new Field(w.t("field.share_price"), w.money(s.sharePrice())));
        reply.fields(fields);
        reply.context(w.t("stock.not_cash", w.date(s.valuedOn())));
    }

    private String payoutLabel() {
        return w.t(closed ? "field.payout" : "field.payout_so_far");
    }

    private String pace(Pace pace, java.time.LocalDate end) {
        return w.t("pace.tiers", w.percent(pace.projectedAttainment()), w.money(pace.projectedPayout()), w.date(end));
    }

    private String next(Optional<NextStep> next, MetricKind kind, PayoutBase base, boolean capped) {
        if (capped) {
            return w.t("next.capped");
        }
        if (next.isEmpty()) {
            return w.t("next.top_tier");
        }
        NextStep step = next.get();
        String key = step.threshold() ? "next.threshold" : "next.tier";
        return w.t(key, w.needed(kind, step.metricNeeded()), w.percent(step.attainment()), w.rate(base, step.rate()));
    }
}
