package app.bonusbot.bot;

import app.bonusbot.chat.OwedAnswers;
import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.store.DeliveriesSeen;
import java.time.Duration;
import app.bonusbot.store.PendingAnswers;
import java.time.Instant;

/** The chat platforms' shared memory of deliveries, kept in the store every bot process uses (public for the replica tests). */
public final class StoreDeliveries implements SharedDeliveries {

    private final DeliveriesSeen seen;

    public StoreDeliveries(DeliveriesSeen seen) {
        this.seen = seen;
    }

    @Override
    public Verdict claim(String platform, String kind, String id, Instant keepUntil) {
        return verdict(seen.claim(platform, kind, id, keepUntil));
    }

    @Override
    public Verdict claimFor(String platform, String kind, String id, Duration keepFor) {
        return verdict(seen.claim(platform, kind, id, keepFor));
    }

    private static Verdict verdict(DeliveriesSeen.Verdict stored) {
        return switch (stored) {
            case FIRST -> Verdict.FIRST;
            case REPEAT -> Verdict.REPEAT;
            case UNDECIDED -> Verdict.UNDECIDED;
        };
    }

    /** The claim of {@link #claim}, recording the answer owed for the delivery in the same store step. */
    Verdict claimOwing(PendingAnswers owing, OwedAnswers.Owed owed, String kind, Instant keepUntil) {
        return verdict(owing.claimOwing(owed.platform(), kind, owed.deliveryId(), keepUntil, owed.userId(), owed.text(), owed.responseUrl()));
    }

    @Override
    public void forget(String platform, String kind, String id) {
        seen.forget(platform, kind, id);
    }
}
