package app.bonusbot.bot;

import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.store.DeliveriesSeen;
import java.time.Instant;

/** The chat platforms' shared memory of deliveries, kept in the store every bot process uses. */
final class StoreDeliveries implements SharedDeliveries {

    private final DeliveriesSeen seen;

    StoreDeliveries(DeliveriesSeen seen) {
        this.seen = seen;
    }

    @Override
    public Verdict claim(String platform, String kind, String id, Instant keepUntil) {
        return switch (seen.claim(platform, kind, id, keepUntil)) {
            case FIRST -> Verdict.FIRST;
            case REPEAT -> Verdict.REPEAT;
            case UNDECIDED -> Verdict.UNDECIDED;
        };
    }

    @Override
    public void forget(String platform, String kind, String id) {
        seen.forget(platform, kind, id);
    }
}
