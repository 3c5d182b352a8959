package app.bonusbot.store;

/** How far a copy of a whole store has come ({@link StoreMove}), in rows of all tables together. */
@FunctionalInterface
public interface CopyProgress {

    CopyProgress NONE = (done, total) -> {};

    void rowsDone(long done, long total);
}
