package app.bonusbot.cli;

import app.bonusbot.core.command.AdjustmentWording;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.NotClawedBack;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.PlanVersions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stable {@code --json} form of a statement (documented in the README). Amounts are strings with exactly two
 * decimals so that no JSON reader turns them into floating point; attainment is a ratio string with 6 decimals.
 */
final class StatementJson {

    private final ObjectMapper mapper;
    private final Currency currency;
    private final PlanVersions versions;

    StatementJson(ObjectMapper mapper, Currency currency, PlanVersions versions) {
        this.mapper = mapper;
        this.currency = currency;
        this.versions = versions;
    }

    ObjectNode of(Statement statement, String requestedPeriod) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode person = root.putObject("person");
        person.put("id", statement.person().id());
        person.put("name", statement.person().name());
        root.put("period", requestedPeriod);
        root.put("today", statement.today().toString());
        root.put("currency", currency.getCurrencyCode());
        ArrayNode plans = root.putArray("plans");
        statement.results().forEach(r -> plans.add(plan(r)));
        root.put("total", money(statement.total()));
        return root;
    }

    /**
     * With the adjustments paid with the statement's periods: each in the {@code adjustments} array, and in
     * {@code total} (the plans' cash alone is {@code plans_total}).
     */
    ObjectNode of(Statement statement, String requestedPeriod, List<Adjustment> adjustments, AdjustmentWording wording) {
        ObjectNode root = of(statement, requestedPeriod);
        ArrayNode list = mapper.createArrayNode();
        adjustments.forEach(a -> list.add(adjustment(a, wording)));
        root.set("adjustments", list);
        root.put("plans_total", money(statement.total()));
        root.put("total", money(adjustments.stream().map(Adjustment::amount).reduce(statement.total(), BigDecimal::add)));
        return root;
    }

    private ObjectNode adjustment(Adjustment a, AdjustmentWording wording) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.id());
        node.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        node.put("period", a.periodKey());
        node.put("plan", a.planId().orElse(null));
        node.put("amount", money(a.amount()));
        node.put("description", wording.describe(a));
        Optional<NotClawedBack> notTaken = NotClawedBack.of(a);
        node.put("reason", notTaken.isPresent() ? null : a.reason().orElse(null));
        a.change().ifPresent(c -> {
            ObjectNode change = node.putObject("change");
            change.put("deal_id", c.dealId());
            change.put("deal_name", c.dealName());
            change.put("source_period", c.sourcePeriodKey());
            change.put("what", c.what().name().toLowerCase(Locale.ROOT));
            change.put("from", c.from());
            change.put("to", c.to());
        });
        notTaken.ifPresent(n -> {
            ObjectNode waived = node.putObject("not_clawed_back");
            waived.put("policy", n.policy());
            waived.put("amount", money(n.amount()));
        });
        a.disputeNumber().ifPresent(d -> node.put("dispute", d));
        node.put("created_at", a.createdAt().toString());
        node.put("created_by", a.createdBy());
        return node;
    }

    ObjectNode plan(PlanResult result) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", result.plan().id());
        node.put("name", result.plan().name().in(app.bonusbot.core.i18n.Language.EN));
        node.put("kind", result.plan().kindName());
        node.put("period", result.period().key());
        node.put("period_start", result.period().start().toString());
        node.put("period_end", result.period().end().toString());
        node.put("as_of", result.asOf().toString());
        versions.version(result.plan().id(), result.period().start()).ifPresent(v -> {
            ObjectNode version = node.putObject("plan_version");
            version.put("effective_from", v.from() == null ? null : v.from().toString());
            version.put("effective_to", v.to() == null ? null : v.to().toString());
        });
        if (result instanceof PlanResult.Performance p) {
            metric(node, p.plan().metric().kind(), p.metric());
            node.put("target", target(p.plan().metric().kind(), p.target()));
            node.put("target_bonus", money(p.targetBonus()));
            node.put("attainment", ratio(p.tiers() == null ? null : p.tiers().attainment()));
            ObjectNode proration = node.putObject("proration");
            proration.put("active_days", p.proration().activeDays());
            proration.put("period_days", p.proration().periodDays());
        } else if (result instanceof PlanResult.Team t) {
            metric(node, t.plan().metric().kind(), t.teamMetric());
            node.put("target", target(t.plan().metric().kind(), t.target()));
            node.put("attainment", ratio(t.tiers() == null ? null : t.tiers().attainment()));
            ObjectNode team = node.putObject("team");
            team.put("id", t.teamId());
            team.put("pool_at_target", money(t.poolBase()));
            team.put("pool", money(t.pool()));
            team.put("split", t.plan().split().name().toLowerCase(Locale.ROOT));
            team.put("own_contribution", t.ownMetric().toPlainString());
            team.put("eligible", t.eligible());
        } else if (result instanceof PlanResult.Stock s) {
            ObjectNode stock = node.putObject("stock");
            stock.put("valued_on", s.valuedOn().toString());
            stock.put("vested_shares", s.vested());
            stock.put("unvested_shares", s.unvested());
            stock.put("share_price", money(s.sharePrice()));
            stock.put("vested_value", money(s.value()));
            stock.put("next_vesting", s.nextVesting().map(Object::toString).orElse(null));
        }
        ArrayNode lines = node.putArray("lines");
        result.lines().forEach(l -> lines.add(line(l)));
        node.put("total", money(result.total()));
        return node;
    }

    /** A sum is money (2 decimals), a count a whole number, a win rate a ratio (6 decimals). */
    private void metric(ObjectNode node, MetricKind kind, BigDecimal value) {
        ObjectNode metric = node.putObject("metric");
        metric.put("type", kind.configName());
        metric.put("value", switch (kind) {
            case SUM -> money(value);
            case COUNT -> value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
            case WIN_RATE -> ratio(value);
        });
    }

    /** Money for a sum; a count or win rate as exact as configured, since 62.5 % at two decimals would read 0.63. */
    private static String target(MetricKind kind, BigDecimal target) {
        if (target == null || kind == MetricKind.SUM) {
            return money(target);
        }
        return target.stripTrailingZeros().toPlainString();
    }

    private ObjectNode line(PayoutLine line) {
        ObjectNode node = mapper.createObjectNode();
        if (line instanceof PayoutLine.BandLine b) {
            node.put("kind", "band");
            node.put("band_from", b.band().from().toPlainString());
            node.put("band_to", b.band().to() == null ? null : b.band().to().toPlainString());
            node.put("rate", b.band().rate().toPlainString());
            node.put("slice", ratio(b.sliceTo().subtract(b.sliceFrom())));
            node.put("base", money(b.base()));
        } else if (line instanceof PayoutLine.FlatLine f) {
            node.put("kind", "flat");
            node.put("rate", f.rate().toPlainString());
        } else if (line instanceof PayoutLine.CapLine c) {
            node.put("kind", "cap");
            node.put("limit", money(c.limit()));
        } else if (line instanceof PayoutLine.ShareLine s) {
            node.put("kind", "team_share");
            node.put("team", s.teamId());
            node.put("split", s.split().name().toLowerCase(Locale.ROOT));
            node.put("pool", money(s.pool()));
            node.put("numerator", s.numerator().toPlainString());
            node.put("denominator", s.denominator().toPlainString());
        } else if (line instanceof PayoutLine.EventLine e) {
            node.put("kind", "event");
            node.put("rule", e.ruleId());
            node.put("deal_id", e.deal().id());
        } else if (line instanceof PayoutLine.CountReachedLine c) {
            node.put("kind", "count_reached");
            node.put("rule", c.ruleId());
            node.put("count", c.count());
        } else if (line instanceof PayoutLine.InstallmentLine i) {
            node.put("kind", "installment");
            node.put("months", i.installment().months());
            node.put("due", i.dueDate().toString());
        }
        node.put("amount", money(line.amount()));
        return node;
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String ratio(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
