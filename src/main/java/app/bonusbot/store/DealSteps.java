package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.WithDealsAsBefore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The deals one recheck changed for one closed period, person and plan, applied one at a time in deal id order, so
 * that each deal's change is paid as its own line: the state after a step is the ledger with the later steps' deals
 * as they were before the write ({@link WithDealsAsBefore}), and a deal's share is what the period pays after its step
 * less what it paid after the one before. The shares sum exactly to the whole difference, whatever the plan's bands.
 */
final class DealSteps {

    /**
     * One deal's change: its row before the first write the recheck covers and after the last.
     *
     * @param before null for a deal that was new
     * @param source and {@code at}: of the first write, whose day a clawback window counts to
     */
    record Step(String dealId, Map<String, String> before, Map<String, String> after, String source, Instant at) {}

    private final List<Step> steps;
    private final DealFacts ledger;
    private final List<Deal> now;

    private DealSteps(List<Step> steps, DealFacts ledger, List<Deal> now) {
        this.steps = steps;
        this.ledger = ledger;
        this.now = now;
    }

    /**
     * @param rechecks in the order they were written; several of one deal make one step
     * @param h the write the recheck runs in: with more than one deal, their rows as the ledger counts them now are read
     *     once (the ledger's own view, whatever wrote them since)
     */
    static DealSteps of(Handle h, DealFacts ledger, Collection<ChangesAfterClose.Recheck> rechecks) {
        Map<String, Step> byDeal = new TreeMap<>();
        for (ChangesAfterClose.Recheck r : rechecks) {
            byDeal.merge(r.dealId(), new Step(r.dealId(), r.before(), r.after(), r.source(), r.at()),
                    (first, later) -> new Step(first.dealId(), first.before(), later.after(), first.source(), first.at()));
        }
        List<Step> steps = List.copyOf(byDeal.values());
        List<Deal> now = steps.size() < 2 ? List.of()
                : h.createQuery("SELECT " + DealRow.COLUMNS + " FROM deals WHERE deal_id IN (<ids>) AND " + DealLedger.CLOSED_COUNTING)
                        .bindList("ids", List.copyOf(byDeal.keySet()))
                        .map((rs, ctx) -> DealRow.read(rs).toDeal())
                        .list();
        return new DealSteps(steps, ledger, now);
    }

    List<Step> steps() {
        return steps;
    }

    /** The deals as they are once the steps up to and including {@code index} are applied, the later ones not yet. */
    DealFacts after(int index) {
        if (index == steps.size() - 1) {
            return ledger;
        }
        List<Step> pending = steps.subList(index + 1, steps.size());
        Set<String> ids = Set.copyOf(pending.stream().map(Step::dealId).toList());
        List<Deal> before = new ArrayList<>();
        pending.forEach(s -> DealRow.counted(s.dealId(), s.before()).ifPresent(before::add));
        return new WithDealsAsBefore(ledger, now.stream().filter(d -> ids.contains(d.id())).toList(), before, ids);
    }
}
