package app.bonusbot.store;

/**
 * What a clawback policy did not take, written with an adjustment: negative cents for a clawback not taken, positive
 * for a later change that makes a waived clawback good again (so it is not paid twice).
 *
 * @param because {@code none} or {@code window:N}; null when nothing is waived or a waiver is made good
 */
record Waiver(long cents, String because) {

    static final Waiver NONE = new Waiver(0, null);
}
