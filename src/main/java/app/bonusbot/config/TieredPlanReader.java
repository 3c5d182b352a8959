package app.bonusbot.config;

import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.plan.Tiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Performance and team plans: a metric against a target, paid through bands. */
final class TieredPlanReader {

    static final Map<String, PayoutBase> BASES = YamlNode.choicesOf(PayoutBase.values());
    static final Map<String, TeamSplit> SPLITS = YamlNode.choicesOf(TeamSplit.values());
    private static final List<String> BANDED_ONLY = List.of("base", "mode", "threshold", "cap", "target", "target_bonus");

    private TieredPlanReader() {}

    static Optional<Plan> performance(YamlMap m, Optional<PlanHeader> header, References references) {
        Optional<Enrolment> enrolment = PlansReader.enrolment(m, references);
        Optional<Metric> metric = m.required("metric").flatMap(MetricReader::metric);
        MetricKind kind = metric.map(Metric::kind).orElse(null);
        if (m.has("flat_rate")) {
            return flatRate(m, header, enrolment, metric);
        }
        Optional<PayoutBase> base = m.optional("base").map(n -> n.choice(BASES)).orElse(Optional.of(PayoutBase.TARGET_BONUS));
        if (base.isPresent() && base.get() == PayoutBase.TARGET && kind != null && kind != MetricKind.SUM) {
            m.report("base", "target (commission style) needs metric type sum; use target_bonus");
            base = Optional.empty();
        }
        Optional<Tiers> tiers = TiersReader.tiers(m, "multiple_of_target_bonus", "is required (or flat_rate for a plan without target)");
        Optional<BigDecimal> target = m.optional("target").flatMap(n -> TargetValue.read(n, kind));
        Optional<BigDecimal> targetBonus = m.optional("target_bonus").flatMap(YamlNode::amount);
        boolean defaultsOk = target.isPresent() == m.has("target") && targetBonus.isPresent() == m.has("target_bonus");
        if (m.has("target") && !m.has("target_bonus")) {
            Optional<String> why = needsTargetBonus(base.orElse(null), tiers.map(Tiers::cap).orElse(null));
            if (why.isPresent()) {
                m.report("target_bonus", "is required along with target: " + why.get());
                defaultsOk = false;
            }
        }
        if (header.isEmpty() || enrolment.isEmpty() || metric.isEmpty() || base.isEmpty() || tiers.isEmpty() || !defaultsOk) {
            return Optional.empty();
        }
        return Optional.of(new PerformancePlan(header.get().id(), header.get().name(), header.get().period(), enrolment.get(), metric.get(),
                base.get(), tiers.get(), null, target.orElse(null), targetBonus.orElse(null)));
    }

    /** Why a plan cannot pay without a target bonus, if it cannot. */
    static Optional<String> needsTargetBonus(PayoutBase base, Cap cap) {
        if (base == PayoutBase.TARGET_BONUS) {
            return Optional.of("the plan pays on target_bonus (base: target_bonus)");
        }
        if (cap instanceof Cap.MultipleOfTargetBonus) {
            return Optional.of("the cap is a multiple of target_bonus");
        }
        return Optional.empty();
    }

    /** Commission on every deal without a target: payout = metric x flat_rate. */
    private static Optional<Plan> flatRate(YamlMap m, Optional<PlanHeader> header, Optional<Enrolment> enrolment, Optional<Metric> metric) {
        boolean ok = true;
        if (m.raw("bands").isPresent()) {
            m.report("flat_rate", "give either bands or flat_rate, not both");
            ok = false;
        }
        for (String field : BANDED_ONLY) {
            if (m.raw(field).isPresent()) {
                m.report(field, "only applies to plans with bands; a flat_rate plan pays metric × flat_rate");
                ok = false;
            }
        }
        Optional<BigDecimal> rate = m.optional("flat_rate").flatMap(YamlNode::ratio);
        if (metric.isPresent() && metric.get().kind() == MetricKind.WIN_RATE) {
            m.report("flat_rate", "needs metric type sum or count: a rate on a win rate is not money");
            ok = false;
        }
        if (!ok || header.isEmpty() || enrolment.isEmpty() || metric.isEmpty() || rate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PerformancePlan(header.get().id(), header.get().name(), header.get().period(), enrolment.get(), metric.get(),
                PayoutBase.TARGET, null, rate.get(), null, null));
    }

    static Optional<Plan> team(YamlMap m, Optional<PlanHeader> header, References references) {
        Optional<Set<String>> teams = m.required("teams").flatMap(n -> {
            Optional<Set<String>> ids = PlansReader.ids(n, references::team);
            if (ids.isPresent() && ids.get().isEmpty()) {
                n.report("must list at least one entry");
                return Optional.empty();
            }
            return ids;
        });
        Optional<Metric> metric = m.required("metric").flatMap(MetricReader::metric);
        MetricKind kind = metric.map(Metric::kind).orElse(null);
        Optional<Tiers> tiers = TiersReader.tiers(m, "multiple_of_bonus_pool", "is required");
        Optional<TeamSplit> split = m.optional("split").map(n -> n.choice(SPLITS)).orElse(Optional.of(TeamSplit.EQUAL));
        Optional<BigDecimal> target = m.optional("target").flatMap(n -> TargetValue.read(n, kind));
        Optional<BigDecimal> pool = m.optional("bonus_pool").flatMap(YamlNode::amount);
        boolean defaultsOk = target.isPresent() == m.has("target") && pool.isPresent() == m.has("bonus_pool");
        if (m.has("target") && !m.has("bonus_pool")) {
            m.report("bonus_pool", "is required along with target: the team's bands pay out of the pool");
            defaultsOk = false;
        }
        if (header.isEmpty() || teams.isEmpty() || metric.isEmpty() || tiers.isEmpty() || split.isEmpty() || !defaultsOk) {
            return Optional.empty();
        }
        return Optional.of(new TeamPlan(header.get().id(), header.get().name(), header.get().period(), List.copyOf(teams.get()), metric.get(),
                tiers.get(), split.get(), target.orElse(null), pool.orElse(null)));
    }
}
