package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the handler works out once per company snapshot when the company supplier hands out a new snapshot for every
 * write to people, targets or deals (the store's CompanySnapshots does): the evaluator, which keeps a team plan's sums
 * for every member's status, and the managers' team views, which for a team of thousands take that many statements.
 * Entries belong to one snapshot object and go with it, so the first answer after any write, by any process, works
 * everything out again from the new one.
 */
final class SnapshotMemo {

    /**
     * Blocks of team views kept per snapshot, over all views: every manager's of a thousand teams of ten, or the views of
     * a few teams of thousands in a few languages and periods; some tens of MB at most. The least recently asked go first.
     */
    private static final int TEAM_VIEW_BLOCKS = 100_000;

    private record TeamViewKey(String managerId, PeriodRequest request, LocalDate today, Language language) {}

    private record Held(Company company, Evaluator evaluator, Map<TeamViewKey, Reply> teamViews) {}

    private final DealFacts facts;
    private volatile Held held;

    SnapshotMemo(DealFacts facts) {
        this.facts = facts;
    }

    Evaluator evaluator(Company company) {
        return of(company).evaluator();
    }

    /** The manager's team view as of the snapshot, worked out by {@code view} the first time it is asked for. */
    Reply teamView(Company company, String managerId, PeriodRequest request, LocalDate today, Language language, Supplier<Reply> view) {
        Map<TeamViewKey, Reply> views = of(company).teamViews();
        TeamViewKey key = new TeamViewKey(managerId, request, today, language);
        synchronized (views) {
            Reply known = views.get(key);
            if (known != null) {
                return known;
            }
        }
        // Worked out outside the lock: one manager's view does not hold up another's.
        Reply reply = view.get();
        synchronized (views) {
            views.put(key, reply);
            int blocks = views.values().stream().mapToInt(r -> r.blocks().size()).sum();
            Iterator<Reply> eldest = views.values().iterator();
            while (blocks > TEAM_VIEW_BLOCKS && eldest.hasNext()) {
                Reply gone = eldest.next();
                if (gone != reply) {
                    blocks -= gone.blocks().size();
                    eldest.remove();
                }
            }
        }
        return reply;
    }

    private Held of(Company company) {
        Held h = held;
        // The snapshot object itself, not an equal one: a new snapshot is a new load from the store.
        if (h != null && h.company() == company) {
            return h;
        }
        Held fresh = new Held(company, Evaluator.forSnapshot(company, facts), new LinkedHashMap<>(16, 0.75f, true));
        held = fresh;
        return fresh;
    }
}
