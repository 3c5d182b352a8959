package app.bonusbot.core.payout;

import java.util.List;

/** The adjustments paid with a period, as the store keeps them: the port statements read them through. */
public interface AdjustmentBook {

    /** None anywhere: for a company without a store of adjustments (tests of the plan math, what-ifs). */
    AdjustmentBook NONE = (personId, periodKey) -> List.of();

    /** The person's adjustments paid with the period, in the order they were made. */
    List<Adjustment> of(String personId, String periodKey);
}
