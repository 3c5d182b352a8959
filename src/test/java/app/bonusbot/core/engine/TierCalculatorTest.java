package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Amounts.dec;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.capTimesTargetBonus;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.withCap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.plan.Tiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band math on its own: attainment, slices, cap. */
class TierCalculatorTest {

    @Test
    void a_gap_between_bands_pays_nothing() {
        // given [0, 0.5) 1.0 and [0.8, open) 2.0; metric 1,000 on target 1,000, base 100
        Tiers tiers = marginal(band("0", "0.5", "1"), band("0.8", null, "2"));

        // when
        TierOutcome outcome = TierCalculator.apply(tiers, dec("1000"), dec("1000"), dec("100"), dec("100"));

        // then 0.5 x 100 x 1 = 50; (1.0 - 0.8) x 100 x 2 = 40; nothing for 0.5 .. 0.8
        assertEquals(List.of(dec("50.00"), dec("40.00")), outcome.lines().stream().map(PayoutLine::amount).toList());
        assertMoney("90.00", outcome.total());
    }

    @Test
    void without_threshold_or_cap_every_attainment_is_paid_and_nothing_is_capped() {
        // given [0, open) 1.0; metric 1 on target 3, base 100
        Tiers tiers = marginal(band("0", null, "1"));

        // when
        TierOutcome outcome = TierCalculator.apply(tiers, dec("1"), dec("3"), dec("100"), dec("100"));

        // then a = 1/3; 100 / 3 = 33.333...
        assertTrue(outcome.thresholdMet());
        assertFalse(outcome.capped());
        assertNull(outcome.capLimit());
        assertValue("0.3333333333333333333333333333333333", outcome.attainment());
        assertMoney("33.33", outcome.total());
    }

    @Test
    void a_cap_limit_from_a_multiple_is_rounded_to_cents_like_a_line() {
        // given a cap of 1.5 x target bonus 100.01 = 150.015; [0, open) 2.0; a = 1.0 pays 200.02
        Tiers tiers = withCap(marginal(band("0", null, "2")), capTimesTargetBonus("1.5"));

        // when
        TierOutcome outcome = TierCalculator.apply(tiers, dec("1000"), dec("1000"), dec("100.01"), dec("100.01"));

        // then the cap is 150.02 and the cap line takes off 200.02 - 150.02 = 50.00
        assertMoney("150.02", outcome.capLimit());
        assertMoney("-50.00", outcome.lines().get(1).amount());
        assertMoney("150.02", outcome.total());
    }

    @Test
    void retroactive_attainment_above_a_closed_top_band_keeps_the_top_rate() {
        // given retroactive [0, 1.0) 1.0 and [1.0, 1.5) 1.5; metric 2,000 on target 1,000, base 100
        Tiers tiers = new Tiers(List.of(band("0", "1.0", "1"), band("1.0", "1.5", "1.5")), app.bonusbot.core.plan.BandMode.RETROACTIVE, null, null);

        // when
        TierOutcome outcome = TierCalculator.apply(tiers, dec("2000"), dec("1000"), dec("100"), dec("100"));

        // then a = 2.0 is above the top band's end; it pays at the top rate: 2.0 x 100 x 1.5 = 300
        assertMoney("300.00", outcome.total());
    }

    @Test
    void a_win_rate_still_needed_is_stated_in_hundredths_of_a_point() {
        // given [0, 1.0) 1.0 and [1.0, open) 2.0; win rate 0.25 against a target of 0.3167
        Tiers tiers = marginal(band("0", "1.0", "1"), band("1.0", null, "2"));

        // when
        NextStep step = TierCalculator.nextStep(tiers, dec("0.25"), dec("0.3167"), 4).orElseThrow();

        // then 0.3167 - 0.25 = 0.0667, not rounded up to 0.07
        assertValue("0.0667", step.metricNeeded());
    }
}
