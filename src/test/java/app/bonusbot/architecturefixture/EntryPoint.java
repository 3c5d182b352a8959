package app.bonusbot.architecturefixture;

/** The fixture's entry point, as Main is the product's: it may use every package, and none may use it. */
public final class EntryPoint {
    private EntryPoint() {}
}
