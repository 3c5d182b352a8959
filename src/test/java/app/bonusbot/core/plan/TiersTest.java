package app.bonusbot.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TiersTest {

    private static final Band LOW = new Band(new BigDecimal("0"), new BigDecimal("0.5"), new BigDecimal("0.5"));
    private static final Band MID = new Band(new BigDecimal("0.5"), new BigDecimal("1.0"), new BigDecimal("1.0"));
    private static final Band TOP = new Band(new BigDecimal("1.0"), null, new BigDecimal("1.5"));
    private static final Tiers TIERS = new Tiers(List.of(LOW, MID, TOP), null, null, null);

    @Test
    void a_band_holds_its_from_but_not_its_to() {
        // given the band [0.5, 1.0)

        // when / then
        assertTrue(MID.contains(new BigDecimal("0.5")));
        assertTrue(MID.contains(new BigDecimal("0.99999")));
        assertFalse(MID.contains(new BigDecimal("1.0")));
        assertFalse(MID.contains(new BigDecimal("0.49999")));
    }

    @Test
    void a_band_without_to_has_no_upper_end() {
        // given the band [1.0, open)

        // when / then
        assertTrue(TOP.contains(new BigDecimal("1.00")));
        assertTrue(TOP.contains(new BigDecimal("25")));
    }

    @Test
    void attainment_on_a_band_edge_belongs_to_the_band_that_starts_there() {
        // given the tiers [0, 0.5) [0.5, 1.0) [1.0, open)

        // when
        Optional<Band> atHalf = TIERS.bandContaining(new BigDecimal("0.50"));
        Optional<Band> atTarget = TIERS.bandContaining(new BigDecimal("1"));

        // then
        assertEquals(Optional.of(MID), atHalf);
        assertEquals(Optional.of(TOP), atTarget);
    }

    @Test
    void the_next_band_above_starts_strictly_above_the_attainment() {
        // given the tiers [0, 0.5) [0.5, 1.0) [1.0, open)

        // when / then
        assertEquals(Optional.of(MID), TIERS.nextBandAbove(new BigDecimal("0.3")));
        assertEquals(Optional.of(TOP), TIERS.nextBandAbove(new BigDecimal("0.5")));
        assertEquals(Optional.empty(), TIERS.nextBandAbove(new BigDecimal("1.0")));
    }

    @Test
    void marginal_is_the_default_band_mode() {
        // given tiers without a mode

        // when / then
        assertEquals(BandMode.MARGINAL, TIERS.mode());
    }

    @Test
    void a_cap_is_a_fixed_amount_or_a_multiple_of_the_target_bonus() {
        // given
        Cap amount = new Cap.Amount(new BigDecimal("120000"));
        Cap multiple = new Cap.MultipleOfTargetBonus(new BigDecimal("1.5"));

        // when / then: 1.5 x 47,000 = 70,500
        assertEquals(0, new BigDecimal("120000").compareTo(amount.limit(new BigDecimal("47000"))));
        assertEquals(0, new BigDecimal("70500").compareTo(multiple.limit(new BigDecimal("47000"))));
        assertNull(multiple.limit(null));
    }
}
