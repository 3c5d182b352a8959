package app.bonusbot.config;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Milestone and retention plans: fixed amounts for events (deals, tenure) rather than bands on a target. */
final class EventPlanReader {

    private static final List<String> RULE_FIELDS = List.of("id", "name", "type", "filter", "amount", "count");
    private static final List<String> INSTALLMENT_FIELDS = List.of("months", "amount");
    private static final Map<String, String> RULE_TYPES = YamlNode.words(List.of("per_event", "count_reached"));

    private EventPlanReader() {}

    static Optional<Plan> milestone(YamlMap m, Optional<PlanHeader> header, References references) {
        Optional<Enrolment> enrolment = PlansReader.enrolment(m, references);
        Optional<List<YamlNode>> items = m.required("rules").flatMap(YamlNode::nonEmptyList);
        List<MilestoneRule> rules = new ArrayList<>();
        boolean ok = items.isPresent();
        Map<String, YamlNode> ids = new LinkedHashMap<>();
        for (YamlNode item : items.orElse(List.of())) {
            Optional<MilestoneRule> rule = item.map().flatMap(r -> rule(r, ids));
            ok &= rule.isPresent();
            rule.ifPresent(rules::add);
        }
        if (!ok || header.isEmpty() || enrolment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MilestonePlan(header.get().id(), header.get().name(), header.get().period(), enrolment.get(), rules));
    }

    private static Optional<MilestoneRule> rule(YamlMap entry, Map<String, YamlNode> ids) {
        YamlMap m = entry.only(RULE_FIELDS);
        Optional<String> id = m.required("id").flatMap(YamlNode::id).filter(i -> {
            YamlNode first = ids.putIfAbsent(i, m.raw("id").get());
            if (first != null) {
                m.report("id", "rule id '" + i + "' is used twice in this plan (first on line " + first.line() + ")");
                return false;
            }
            return true;
        });
        Optional<LocalizedText> name = m.required("name").flatMap(PlansReader::text);
        Optional<String> type = m.required("type").flatMap(n -> n.choice(RULE_TYPES));
        Optional<DealFilter> filter = m.optional("filter").map(MetricReader::filter).orElse(Optional.of(DealFilter.ANY));
        Optional<BigDecimal> amount = m.required("amount").flatMap(YamlNode::amount);
        Optional<Integer> count = Optional.empty();
        boolean countOk = true;
        if (type.isPresent() && type.get().equals("count_reached")) {
            count = m.required("count").flatMap(n -> n.wholeNumber(1));
            countOk = count.isPresent();
        } else if (type.isPresent() && m.raw("count").isPresent()) {
            m.report("count", "only applies to type count_reached");
            countOk = false;
        }
        if (id.isEmpty() || name.isEmpty() || type.isEmpty() || filter.isEmpty() || amount.isEmpty() || !countOk) {
            return Optional.empty();
        }
        if (count.isPresent()) {
            return Optional.of(new MilestoneRule.CountReached(id.get(), name.get(), filter.get(), count.get(), amount.get()));
        }
        return Optional.of(new MilestoneRule.PerEvent(id.get(), name.get(), filter.get(), amount.get()));
    }

    static Optional<Plan> retention(YamlMap m, Optional<PlanHeader> header, References references) {
        Optional<Enrolment> enrolment = PlansReader.enrolment(m, references);
        Optional<List<YamlNode>> items = m.required("installments").flatMap(YamlNode::nonEmptyList);
        List<Installment> installments = new ArrayList<>();
        boolean ok = items.isPresent();
        Integer previousMonths = null;
        for (YamlNode item : items.orElse(List.of())) {
            Optional<YamlMap> entry = item.map();
            if (entry.isEmpty()) {
                ok = false;
                continue;
            }
            YamlMap i = entry.get().only(INSTALLMENT_FIELDS);
            Optional<Integer> months = i.required("months").flatMap(n -> n.wholeNumber(1));
            Optional<BigDecimal> amount = i.required("amount").flatMap(YamlNode::amount);
            if (months.isPresent() && previousMonths != null && months.get() <= previousMonths) {
                i.report("months", "must be more than the previous installment's months (" + previousMonths + ")");
                ok = false;
            }
            previousMonths = months.orElse(previousMonths);
            ok &= months.isPresent() && amount.isPresent();
            if (months.isPresent() && amount.isPresent()) {
                installments.add(new Installment(months.get(), amount.get()));
            }
        }
        if (!ok || header.isEmpty() || enrolment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RetentionPlan(header.get().id(), header.get().name(), header.get().period(), enrolment.get(), installments));
    }
}
