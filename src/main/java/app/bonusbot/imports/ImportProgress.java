package app.bonusbot.imports;

/** Told how far an import's write has got; called every few hundred rows and once at the end. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {};

    void rowsDone(long done, long total);
}
