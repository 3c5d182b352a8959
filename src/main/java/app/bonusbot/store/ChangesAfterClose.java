package app.bonusbot.store;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.payout.ClawbackPolicy;
import app.bonusbot.core.payout.DealChange;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Turns the deals changed in closed periods (the pending rechecks every deal write records in its own transaction)
 * into clawbacks and top-ups. For each closed period a change touches, and each person it may move pay for (the old and
 * the new owner, and the members of their teams on a team plan), every cash plan is evaluated again and compared with
 * what was paid: the close's cash for the plan plus the adjustments made for that period and plan since. The difference
 * is paid with the first open period after the closed one, a line per changed deal with its own share ({@link DealSteps}),
 * as a top-up, or taken back as a clawback when the plan's policy allows (else it is remembered as not taken). All of it, and the removal of the rechecks, is one transaction,
 * so a second run finds nothing to do and adds nothing.
 */
public final class ChangesAfterClose {

    /** The stages the HubSpot sync gives a deal that stopped existing there (crm.hubspot.PageDecision). */
    private static final String DELETED_STAGE = "deleted in HubSpot";
    private static final String MERGED_STAGE = "merged into deal ";

    private final Database db;
    private final Supplier<Company> company;
    private final DealFacts facts;
    private final Map<String, ClawbackPolicy> policies;
    private final Clock clock;

    /** @param policies each plan's plans.yaml {@code clawback}; a plan not in it has {@link ClawbackPolicy#DEFAULT} */
    public ChangesAfterClose(Database db, Supplier<Company> company, DealFacts facts, Map<String, ClawbackPolicy> policies, Clock clock) {
        this.db = db;
        this.company = company;
        this.facts = facts;
        this.policies = Map.copyOf(policies);
        this.clock = clock;
    }

    /** Does the rechecks left; one cheap read when there are none. Returns the number of adjustments made. */
    public int run() {
        boolean pending = db.jdbi().withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM deal_rechecks)").mapTo(Boolean.class).one());
        return pending ? db.write(this::reconcile) : 0;
    }

    /** A deal write recorded for a recheck: the deal's row before (null for a new deal) and after it. */
    record Recheck(long id, String dealId, Map<String, String> before, Map<String, String> after, String source, Instant at) {}

    private record Task(Person person, Plan plan, Period period) {}

    private int reconcile(Handle h) {
        List<Recheck> rechecks = h.createQuery("SELECT id, deal_id, before, after, source, at FROM deal_rechecks ORDER BY id")
                .map((rs, ctx) -> new Recheck(rs.getLong("id"), rs.getString("deal_id"),
                        rs.getString("before") == null ? null : DealLedger.fromJson(rs.getString("before")), DealLedger.fromJson(rs.getString("after")),
                        rs.getString("source"), Instant.parse(rs.getString("at"))))
                .list();
        if (rechecks.isEmpty()) {
            return 0;
        }
        Map<String, Instant> closed = new HashMap<>();
        h.createQuery("SELECT period_key, closed_at FROM period_closes WHERE state = 'closed'")
                .map((rs, ctx) -> Map.entry(rs.getString("period_key"), Instant.parse(rs.getString("closed_at"))))
                .forEach(e -> closed.put(e.getKey(), e.getValue()));
        Company c = company.get();
        FiscalYear fiscalYear = c.settings().fiscalYear();
        ZoneId zone = c.settings().zone();
        Map<Task, Set<Recheck>> tasks = new LinkedHashMap<>();
        for (Recheck r : rechecks) {
            for (Person person : affected(c, r)) {
                for (Plan plan : c.plansOf(person)) {
                    if (plan instanceof StockPlan) {
                        continue;
                    }
                    for (String date : closeDates(r)) {
                        Period period = fiscalYear.named(plan.periodKind().containing(LocalDate.parse(date), fiscalYear));
                        if (closed.containsKey(period.key())) {
                            tasks.computeIfAbsent(new Task(person, plan, period), t -> new LinkedHashSet<>()).add(r);
                        }
                    }
                }
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int made = 0;
        for (Map.Entry<Task, Set<Recheck>> e : tasks.entrySet()) {
            Task t = e.getKey();
            Adjustments.SinceClose since = Adjustments.sinceClose(h, t.period().key(), t.person().id(), t.plan().id());
            // What the period has paid so far: the close's cash and every adjustment for it since, waived ones included.
            long paidSoFar = closedCash(h, t) + since.paidCents() + since.waivedCents();
            long waived = since.waivedCents();
            DealSteps steps = DealSteps.of(h, facts, e.getValue());
            for (int i = 0; i < steps.steps().size(); i++) {
                long now = Cents.of(new Evaluator(c, steps.after(i)).evaluate(t.plan(), t.person(), t.period(), today).total().setScale(2, RoundingMode.HALF_UP));
                long share = now - paidSoFar;
                paidSoFar = now;
                if (share != 0) {
                    waived += pay(h, t, steps.steps().get(i), share, waived, closed, zone);
                    made++;
                }
            }
        }
        h.createUpdate("DELETE FROM deal_rechecks WHERE id <= :last").bind("last", rechecks.get(rechecks.size() - 1).id()).execute();
        return made;
    }

    /**
     * Pays one deal's share as its own line in the first open period after the closed one: a top-up (making good first
     * a clawback not taken earlier, so it is not paid twice), or a clawback as the plan's policy allows.
     *
     * @param waived what has not been clawed back for the period, person and plan so far (negative)
     * @return what this line waives (negative) or makes good (positive)
     */
    private long pay(Handle h, Task t, DealSteps.Step step, long share, long waived, Map<String, Instant> closed, ZoneId zone) {
        Period paidWith = t.period().next();
        while (closed.containsKey(paidWith.key())) {
            paidWith = paidWith.next();
        }
        long amount;
        AdjustmentKind kind;
        Waiver waiver;
        if (share > 0) {
            long restore = Math.min(share, Math.max(0, -waived));
            amount = share - restore;
            kind = AdjustmentKind.TOP_UP;
            waiver = restore == 0 ? Waiver.NONE : new Waiver(restore, null);
        } else {
            Optional<String> notTaken = ClawbackPolicy.of(policies, t.plan().id()).notTaken(closed.get(t.period().key()), step.at(), zone);
            kind = AdjustmentKind.CLAWBACK;
            amount = notTaken.isPresent() ? 0 : share;
            waiver = notTaken.map(why -> new Waiver(share, why)).orElse(Waiver.NONE);
        }
        DealChange change = change(step.before(), step.after(), step.dealId(), t.period().key());
        Adjustments.add(h, new Adjustment(0, t.person().id(), paidWith.key(), Optional.of(t.plan().id()), Cents.toAmount(amount), kind, Optional.empty(),
                Optional.of(change), Optional.empty(), clock.instant(), step.source()), waiver);
        return waiver.cents();
    }

    private static long closedCash(Handle h, Task t) {
        return h.createQuery("SELECT cash_cents FROM closed_plan_cash WHERE period_key = :period AND person_id = :person AND plan_id = :plan")
                .bind("period", t.period().key()).bind("person", t.person().id()).bind("plan", t.plan().id())
                .mapTo(Long.class).findOne().orElse(0L);
    }

    /** The old and the new owner, and everyone on a team plan with either of them. */
    private static Set<Person> affected(Company c, Recheck r) {
        Set<Person> people = new LinkedHashSet<>();
        for (String owner : new LinkedHashSet<>(java.util.Arrays.asList(r.before() == null ? null : r.before().get("owner_id"), r.after().get("owner_id")))) {
            if (owner == null) {
                continue;
            }
            c.directory().person(owner).ifPresent(person -> {
                people.add(person);
                if (person.teamId() != null && c.plans().stream().anyMatch(p -> p instanceof TeamPlan team && team.teams().contains(person.teamId()))) {
                    people.addAll(c.directory().members(person.teamId()));
                }
            });
        }
        return people;
    }

    private static Set<String> closeDates(Recheck r) {
        Set<String> dates = new LinkedHashSet<>();
        if (r.before() != null && r.before().get("close_date") != null) {
            dates.add(r.before().get("close_date"));
        }
        if (r.after().get("close_date") != null) {
            dates.add(r.after().get("close_date"));
        }
        return dates;
    }

    /** What changed, in the order that explains pay best: deleted, outcome, owner, amount, close date, anything else. */
    static DealChange change(Map<String, String> before, Map<String, String> after, String dealId, String sourcePeriod) {
        String name = after.get("name") != null ? after.get("name") : before == null ? null : before.get("name");
        if (before == null) {
            return new DealChange(dealId, name, sourcePeriod, DealChange.What.OUTCOME, null, after.get("outcome"));
        }
        String stage = Objects.toString(after.get("stage"), "");
        if ("open".equals(after.get("outcome")) && !"open".equals(before.get("outcome")) && (stage.equals(DELETED_STAGE) || stage.startsWith(MERGED_STAGE))) {
            return new DealChange(dealId, name, sourcePeriod, DealChange.What.DELETED, null, null);
        }
        for (Map.Entry<String, DealChange.What> field : List.of(Map.entry("outcome", DealChange.What.OUTCOME), Map.entry("owner_id", DealChange.What.OWNER),
                Map.entry("amount", DealChange.What.AMOUNT), Map.entry("close_date", DealChange.What.CLOSE_DATE))) {
            if (!Objects.equals(before.get(field.getKey()), after.get(field.getKey()))) {
                return new DealChange(dealId, name, sourcePeriod, field.getValue(), before.get(field.getKey()), after.get(field.getKey()));
            }
        }
        for (String field : after.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                return new DealChange(dealId, name, sourcePeriod, DealChange.What.OTHER, before.get(field), after.get(field));
            }
        }
        return new DealChange(dealId, name, sourcePeriod, DealChange.What.OTHER, null, null);
    }
}
