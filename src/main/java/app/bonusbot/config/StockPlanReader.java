package app.bonusbot.config;

import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stock plans: share grants vesting monthly after a cliff, valued at one share price. */
final class StockPlanReader {

    private static final List<String> GRANT_FIELDS = List.of("person", "shares", "date", "cliff_months", "vesting_months");

    private StockPlanReader() {}

    static Optional<Plan> stock(YamlMap m, Optional<PlanHeader> header, References references) {
        Optional<BigDecimal> price = m.required("share_price").flatMap(YamlNode::amount);
        // The plan may set cliff and vesting once for every grant; a grant may still set its own.
        Optional<Integer> cliff = m.optional("cliff_months").flatMap(n -> n.wholeNumber(0));
        Optional<Integer> vesting = m.optional("vesting_months").flatMap(n -> n.wholeNumber(1));
        boolean ok = cliff.isPresent() == m.has("cliff_months") && vesting.isPresent() == m.has("vesting_months");
        if (cliff.isPresent() && vesting.isPresent() && cliff.get() > vesting.get()) {
            m.report("cliff_months", "must not be more than vesting_months (" + vesting.get() + ")");
            ok = false;
        }
        Optional<List<YamlNode>> items = m.required("grants").flatMap(YamlNode::nonEmptyList);
        ok &= items.isPresent();
        List<StockGrant> grants = new ArrayList<>();
        for (YamlNode item : items.orElse(List.of())) {
            Optional<StockGrant> grant = item.map().flatMap(g -> grant(g, cliff, vesting, ok(m, "cliff_months", cliff), ok(m, "vesting_months", vesting),
                    references));
            ok &= grant.isPresent();
            grant.ifPresent(grants::add);
        }
        if (!ok || header.isEmpty() || price.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StockPlan(header.get().id(), header.get().name(), header.get().period(), price.get(), grants));
    }

    private static boolean ok(YamlMap m, String key, Optional<Integer> value) {
        return value.isPresent() || !m.has(key);
    }

    /**
     * @param planCliffOk false when the plan's own cliff_months is broken (already reported), so a grant relying
     *     on it is not reported again
     */
    private static Optional<StockGrant> grant(YamlMap entry, Optional<Integer> planCliff, Optional<Integer> planVesting, boolean planCliffOk,
            boolean planVestingOk, References references) {
        YamlMap m = entry.only(GRANT_FIELDS);
        Optional<String> person = m.required("person").flatMap(YamlNode::id);
        person.ifPresent(p -> references.person(m.raw("person").get(), p));
        Optional<Long> shares = m.required("shares").flatMap(n -> n.wholeNumberLong(1));
        Optional<LocalDate> date = m.required("date").flatMap(YamlNode::date);
        Optional<Integer> cliff = months(m, "cliff_months", 0, planCliff, planCliffOk);
        Optional<Integer> vesting = months(m, "vesting_months", 1, planVesting, planVestingOk);
        if (cliff.isEmpty() || vesting.isEmpty()) {
            return Optional.empty();
        }
        if (cliff.get() > vesting.get() && (m.has("cliff_months") || m.has("vesting_months"))) {
            m.report(m.has("cliff_months") ? "cliff_months" : "vesting_months",
                    "cliff_months (" + cliff.get() + ") must not be more than vesting_months (" + vesting.get() + ")");
            return Optional.empty();
        }
        if (person.isEmpty() || shares.isEmpty() || date.isEmpty() || cliff.get() > vesting.get()) {
            return Optional.empty();
        }
        return Optional.of(new StockGrant(person.get(), shares.get(), date.get(), cliff.get(), vesting.get()));
    }

    private static Optional<Integer> months(YamlMap m, String key, int min, Optional<Integer> planValue, boolean planValueOk) {
        if (m.has(key)) {
            return m.optional(key).get().wholeNumber(min);
        }
        if (planValue.isEmpty() && planValueOk) {
            m.report(key, "is required (here or once on the plan)");
        }
        return planValue;
    }
}
