package app.bonusbot.core.engine;

import java.math.BigDecimal;

/** What a set of closed deals adds up to. */
public record Tally(BigDecimal wonAmount, long wonCount, long lostCount) {

    public static final Tally NONE = new Tally(BigDecimal.ZERO, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(wonAmount.add(other.wonAmount), wonCount + other.wonCount, lostCount + other.lostCount);
    }

    /** This without the deals of {@code other}, which must be among them. */
    public Tally minus(Tally other) {
        return new Tally(wonAmount.subtract(other.wonAmount), wonCount - other.wonCount, lostCount - other.lostCount);
    }
}
