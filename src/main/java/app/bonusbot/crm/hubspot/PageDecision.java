package app.bonusbot.crm.hubspot;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.store.LedgerDeal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one page of HubSpot deals means for the ledger: the deals to write (new ones, changed ones, and those that stop
 * counting) and what is held back, by reason. A deal equal to its stored version is not written again, so a page read
 * twice (a pass resumed, the look-back of an incremental pass) changes nothing the second time.
 *
 * <p>A deal that stops counting (deleted in HubSpot, merged into another, moved to a pipeline that is not synced) keeps
 * its row: it becomes an open deal whose stage says why, and its earlier values stay in its history like any revision.
 */
record PageDecision(List<LedgerDeal> writes, int inserted, int updated, int removed, Map<String, Integer> heldBack) {

    static final String DELETED = "deleted in HubSpot";
    static final String MERGED_INTO = "merged into deal ";
    static final String NOT_SYNCED = "moved to pipeline '%s', which is not synced";

    /** The HubSpot deal ids a page needs the stored versions of: its own and those merged into its deals. */
    static Set<String> idsToLookUp(Collection<HubSpotDeal> page) {
        Set<String> ids = new LinkedHashSet<>();
        for (HubSpotDeal d : page) {
            ids.add(d.id());
            ids.addAll(d.mergedIds());
        }
        return ids;
    }

    /**
     * @param stored the ledger's current version of each id of {@link #idsToLookUp}, where it has one
     * @param products each deal's product from its line items; absent when not read
     */
    static PageDecision of(List<HubSpotDeal> page, Map<String, LedgerDeal> stored, Map<String, String> products, DealTranslator translator) {
        Map<String, LedgerDeal> writes = new LinkedHashMap<>();
        Map<String, Integer> heldBack = new TreeMap<>();
        int[] counts = new int[3];
        for (HubSpotDeal d : page) {
            LedgerDeal old = stored.get(d.id());
            if (d.archived()) {
                removal(old, DELETED).ifPresent(r -> put(writes, r, counts, 2));
                continue;
            }
            DealTranslator.Translation t = translator.translate(d, products.get(d.id()));
            if (t instanceof DealTranslator.Translation.Ready ready) {
                if (!ready.deal().equals(old)) {
                    put(writes, ready.deal(), counts, old == null ? 0 : 1);
                }
                if (ready.heldBack() != null) {
                    heldBack.merge(ready.heldBack(), 1, Integer::sum);
                }
            } else if (t instanceof DealTranslator.Translation.NotSynced notSynced) {
                if (old != null) {
                    removal(old, String.format(NOT_SYNCED, notSynced.pipeline())).ifPresent(r -> put(writes, r, counts, 2));
                } else {
                    heldBack.merge("pipeline '" + notSynced.pipeline() + "' is not synced", 1, Integer::sum);
                }
            } else if (t instanceof DealTranslator.Translation.HeldBack held) {
                heldBack.merge(held.reason(), 1, Integer::sum);
            }
        }
        for (HubSpotDeal d : page) {
            if (d.archived()) {
                continue;
            }
            for (String merged : d.mergedIds()) {
                if (!writes.containsKey(merged)) {
                    removal(stored.get(merged), MERGED_INTO + d.id()).ifPresent(r -> put(writes, r, counts, 2));
                }
            }
        }
        return new PageDecision(new ArrayList<>(writes.values()), counts[0], counts[1], counts[2], heldBack);
    }

    /** The stored deal as one that counts for nobody, stage saying why; empty when there is none or it is so already. */
    static java.util.Optional<LedgerDeal> removal(LedgerDeal stored, String why) {
        if (stored == null) {
            return java.util.Optional.empty();
        }
        Deal d = stored.deal();
        if (d.outcome() == Outcome.OPEN && why.equals(d.stage())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LedgerDeal(new Deal(d.id(), d.name(), d.amount(), d.closeDate(), why, Outcome.OPEN, d.ownerId(), d.dealType(),
                d.product(), d.pipeline()), stored.ownerReference()));
    }

    private static void put(Map<String, LedgerDeal> writes, LedgerDeal deal, int[] counts, int kind) {
        writes.put(deal.deal().id(), deal);
        counts[kind]++;
    }
}
