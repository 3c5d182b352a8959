package app.bonusbot.core.dispute;

/** What became of resolving a case. */
public sealed interface Resolution {

    /** Resolved now, by this call. */
    record Resolved(Dispute dispute) implements Resolution {}

    /** Resolved before (by whom and how it says); nothing changed. */
    record AlreadyResolved(Dispute dispute) implements Resolution {}

    /** No case has that number. */
    record Unknown(long number) implements Resolution {}
}
