package app.bonusbot.core.command;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.EnrolledDays;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.engine.TierOutcome;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.plan.PlanVersions;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /bonus explain}: every line of the calculation, so nobody needs a shadow spreadsheet. */
final class ExplainView {

    /** More deals than this are summarised in one line; the total is still exact. */
    static final int DEALS_LISTED = 25;

    private final Wording w;
    private final DealFacts facts;
    private final TierExplanation tiers;
    private final OtherExplanations others;
    private final PlanVersions versions;
    private final Directory directory;
    private final MoveExplanation moves;

    ExplainView(Wording wording, DealFacts facts, PlanVersions versions) {
        this(wording, facts, versions, new Directory(List.of(), List.of()));
    }

    /** @param directory who moved between teams when, for the plans a move changes */
    ExplainView(Wording wording, DealFacts facts, PlanVersions versions, Directory directory) {
        this.w = wording;
        this.facts = facts;
        this.versions = versions;
        this.directory = directory;
        this.moves = new MoveExplanation(wording, directory);
        this.tiers = new TierExplanation(wording);
        this.others = new OtherExplanations(wording);
    }

    Reply render(Statement statement) {
        return render(statement, AdjustmentLines.NONE, null);
    }

    /** With the adjustments paid with the statement's periods, each with its reason, and the total with them. */
    Reply render(Statement statement, AdjustmentLines adjustments, AdjustmentWording wording) {
        Person person = statement.person();
        Reply.Builder reply = Reply.builder(w.t("explain.summary", person.name()));
        reply.header(w.t("explain.header", person.name()));
        boolean first = true;
        for (PlanResult result : statement.results()) {
            if (!first) {
                reply.divider();
            }
            first = false;
            reply.subheading(w.t("status.plan_title", w.planName(result.plan()), w.period(result.period())));
            versions.version(result.plan().id(), result.period().start()).ifPresent(v -> reply.text(version(v)));
            moves.lines(result.plan(), person, result.period()).forEach(reply::text);
            if (result instanceof PlanResult.Performance p) {
                performance(reply, person, p);
            } else if (result instanceof PlanResult.Team t) {
                team(reply, person, t);
            } else {
                others.addTo(reply, result);
            }
        }
        if (wording != null && !adjustments.adjustments().isEmpty()) {
            adjustments.addTo(reply, w, wording, true);
            reply.divider();
            reply.calculation(w.t("field.total_payout"), w.money(adjustments.total(statement)));
        }
        reply.context(w.t("explain.context", w.date(statement.today())));
        return reply.build();
    }

    /** Which version of a plan that has changed over time the figures use, by its dates. */
    private String version(PlanVersion version) {
        if (version.from() == null) {
            return w.t("explain.plan_version_until", w.date(version.to()));
        }
        return version.to() == null ? w.t("explain.plan_version_from", w.date(version.from()))
                : w.t("explain.plan_version_from_to", w.date(version.from()), w.date(version.to()));
    }

    private void performance(Reply.Builder reply, Person person, PlanResult.Performance p) {
        Metric metric = p.plan().metric();
        DateRange range = DateRange.of(p.period());
        reply.calculation(metricLine(metric, p.tally().wonCount(), p.tally().lostCount(), range), w.metric(metric.kind(), p.metric()));
        if (metric.kind() != MetricKind.WIN_RATE) {
            // The deals of the days the person is on the plan: those the figures count.
            List<DateRange> enrolled = EnrolledDays.of(p.plan(), person, directory.history(), range);
            listDeals(reply, EnrolledDays.wonDeals(facts, person.id(), enrolled.isEmpty() ? List.of(range) : enrolled, metric.filter()));
        }
        if (p.proration().activeDays() == 0) {
            reply.text(w.t("status.not_active", w.period(p.period())));
            return;
        }
        if (!p.proration().isFull()) {
            String employment = employment(person);
            reply.calculation(employment.isEmpty()
                    ? w.t("explain.proration_enrolled", p.proration().activeDays(), w.count("days", p.proration().periodDays()))
                    : w.t("explain.proration", p.proration().activeDays(), w.count("days", p.proration().periodDays()), employment),
                    w.percent(p.proration().factor()));
        }
        if (p.plan().isFlat()) {
            PayoutLine line = p.lines().get(0);
            reply.calculation(new PayoutLineWording(w).flat(metric.kind(), p.metric(), p.plan().flatRate()), w.money(line.amount()));
            reply.calculation(w.t("explain.total"), w.money(p.total()));
            return;
        }
        // A win-rate target is not prorated, so it is shown as it stands.
        if (metric.kind() == MetricKind.WIN_RATE) {
            reply.calculation(w.t("explain.target"), w.percent(p.target() == null ? BigDecimal.ZERO : p.target()));
        } else {
            tiers.prorated(reply, "explain.target", p.target(), p.proration(), v -> w.metric(metric.kind(), v));
        }
        tiers.prorated(reply, "explain.target_bonus", p.targetBonus(), p.proration(), w::money);
        if (p.missingTarget()) {
            reply.text(w.t("status.no_target", w.period(p.period())));
            return;
        }
        tiers.attainment(reply, w.metric(metric.kind(), p.metric()), w.metric(metric.kind(), p.target()), p.tiers().attainment());
        boolean commission = p.plan().base() == PayoutBase.TARGET;
        tiers.tiers(reply, p.plan().tiers(), p.tiers(), p.plan().base(), w.t(commission ? "explain.base_target" : "explain.base_target_bonus"),
                commission ? p.target() : p.targetBonus());
        reply.calculation(w.t("explain.total"), w.money(p.total()));
    }

    private void team(Reply.Builder reply, Person person, PlanResult.Team t) {
        Metric metric = t.plan().metric();
        MetricKind contributionKind = metric.kind() == MetricKind.SUM ? MetricKind.SUM : MetricKind.COUNT;
        // A mover with shares of several teams' pools is told which team each share is from.
        boolean named = !t.otherTeams().isEmpty();
        boolean pooled = teamFigures(reply, t, t.teamId(), t.teamTally(), t.teamMetric(), t.ownMetric(), t.target(), t.poolBase(), t.tiers(), t.pool());
        if (pooled) {
            Optional<PayoutLine.ShareLine> share = t.shareFrom(t.teamId());
            if (share.isPresent()) {
                shareLine(reply, t, share.get(), contributionKind, named);
            } else {
                boolean shares = t.plan().split() == TeamSplit.EQUAL ? t.eligible() : t.ownMetric().signum() > 0;
                reply.calculation(w.t(shares ? "explain.share_empty_pool" : t.plan().split() == TeamSplit.EQUAL
                        ? equalShareRefusal(person, t) : "share.no_contribution"), w.money(BigDecimal.ZERO.setScale(2)));
            }
        }
        for (PlanResult.OtherTeam other : t.otherTeams()) {
            if (teamFigures(reply, t, other.teamId(), other.teamTally(), other.teamMetric(), other.ownMetric(), other.target(), other.poolBase(),
                    other.tiers(), other.pool())) {
                Optional<PayoutLine.ShareLine> share = t.shareFrom(other.teamId());
                if (share.isPresent()) {
                    shareLine(reply, t, share.get(), contributionKind, true);
                } else {
                    reply.calculation(w.t("explain.share_empty_pool"), w.money(BigDecimal.ZERO.setScale(2)));
                }
            }
        }
        if (pooled || !t.lines().isEmpty()) {
            reply.calculation(w.t("explain.total"), w.money(t.total()));
        }
    }

    /** One team's metric, the person's contribution to it, and how its pool was earned; false when it has no target or pool. */
    private boolean teamFigures(Reply.Builder reply, PlanResult.Team t, String teamId, Tally teamTally, BigDecimal teamMetric, BigDecimal ownMetric,
            BigDecimal target, BigDecimal poolBase, TierOutcome outcome, BigDecimal pool) {
        Metric metric = t.plan().metric();
        DateRange range = DateRange.of(t.period());
        MetricKind contributionKind = metric.kind() == MetricKind.SUM ? MetricKind.SUM : MetricKind.COUNT;
        reply.calculation(w.t("explain.team_metric", teamId, metricLine(metric, teamTally.wonCount(), teamTally.lostCount(), range)),
                w.metric(metric.kind(), teamMetric));
        reply.calculation(w.t("explain.own_contribution"), w.metric(contributionKind, ownMetric));
        if (target == null || poolBase == null || outcome == null) {
            reply.text(w.t("status.no_team_target", w.period(t.period())));
            return false;
        }
        reply.calculation(w.t("explain.team_target"), w.metric(metric.kind(), target));
        reply.calculation(w.t("explain.pool_base"), w.money(poolBase));
        tiers.attainment(reply, w.metric(metric.kind(), teamMetric), w.metric(metric.kind(), target), outcome.attainment());
        tiers.tiers(reply, t.plan().tiers(), outcome, PayoutBase.TARGET_BONUS, w.t("explain.base_pool"), poolBase);
        reply.calculation(w.t("explain.pool_total"), w.money(pool));
        return true;
    }

    private void shareLine(Reply.Builder reply, PlanResult.Team t, PayoutLine.ShareLine share, MetricKind contributionKind, boolean named) {
        PayoutLineWording words = new PayoutLineWording(w);
        reply.calculation(named ? words.share(share, contributionKind, t.sharers(), t.period().end(), teamName(share.teamId()))
                : words.share(share, contributionKind, t.sharers(), t.period().end()), w.money(share.amount()));
    }

    private String teamName(String teamId) {
        return directory.team(teamId).map(Team::name).orElse(teamId);
    }

    private String metricLine(Metric metric, long won, long lost, DateRange range) {
        String dates = w.date(range.from()) + " – " + w.date(range.to());
        String base = switch (metric.kind()) {
            case SUM -> w.t("explain.metric_sum", w.count("won_deals", won), dates);
            case COUNT -> w.t("explain.metric_count", dates);
            case WIN_RATE -> w.t("explain.metric_win_rate", w.count("won", won), w.count("lost", lost), dates);
        };
        return base + filter(metric.filter());
    }

    String filter(DealFilter filter) {
        if (filter.isAny()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!filter.dealTypes().isEmpty()) {
            parts.add(w.t("filter.deal_types", String.join(", ", filter.sortedDealTypes().stream().map(w::dealType).toList())));
        }
        if (!filter.products().isEmpty()) {
            parts.add(w.t("filter.products", String.join(", ", filter.sortedProducts())));
        }
        if (!filter.pipelines().isEmpty()) {
            parts.add(w.t("filter.pipelines", String.join(", ", filter.sortedPipelines().stream().map(w::pipeline).toList())));
        }
        if (filter.minAmount() != null) {
            parts.add(w.t("filter.min_amount", w.money(filter.minAmount())));
        }
        return " (" + String.join("; ", parts) + ")";
    }

    private void listDeals(Reply.Builder reply, List<Deal> deals) {
        deals.stream().limit(DEALS_LISTED).forEach(d -> reply.calculation(
                "    " + w.date(d.closeDate()) + " · " + (d.name() == null ? d.id() : d.name()) + (d.dealType() == null ? "" : " · " + w.dealType(d.dealType()))
                        + converted(d.foreign()),
                w.money(d.amount())));
        if (deals.size() > DEALS_LISTED) {
            BigDecimal rest = deals.stream().skip(DEALS_LISTED).map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            reply.calculation("    " + w.texts().plural("explain.more_deals", deals.size() - DEALS_LISTED, w.formats().count(deals.size() - DEALS_LISTED)), w.money(rest));
        }
    }

    /** A deal in another currency shows its own amount and the rate that made the company-currency amount. */
    private String converted(ForeignAmount foreign) {
        if (foreign == null || foreign.held()) {
            return "";
        }
        String code = foreign.currency().getCurrencyCode();
        return " · " + w.t("explain.converted", w.formats().money(foreign.amount(), foreign.currency()), code,
                w.formats().number(foreign.rate(), Math.max(foreign.rate().scale(), 0)), w.formats().currency().getCurrencyCode());
    }

    /** Not in the team on the period's last day (moved out), or not employed then. */
    private String equalShareRefusal(Person person, PlanResult.Team t) {
        LocalDate end = t.period().end();
        return person.activeOn(end) && !t.teamId().equals(directory.teamOn(person, end).orElse(null))
                ? "explain.share_not_in_team" : "share.not_eligible_equal";
    }

    private String employment(Person person) {
        List<String> parts = new ArrayList<>();
        if (person.hireDate() != null) {
            parts.add(w.t("explain.hired", w.date(person.hireDate())));
        }
        if (person.leaveDate() != null) {
            parts.add(w.t("explain.left", w.date(person.leaveDate())));
        }
        return String.join(", ", parts);
    }
}
