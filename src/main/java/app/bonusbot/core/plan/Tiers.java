package app.bonusbot.core.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The band math shared by performance and team plans.
 *
 * @param threshold attainment below which nothing is paid; null for none
 * @param cap null for none
 */
public record Tiers(List<Band> bands, BandMode mode, BigDecimal threshold, Cap cap) {
    public Tiers {
        bands = List.copyOf(bands);
        mode = mode == null ? BandMode.MARGINAL : mode;
    }

    /** The first band that starts above the attainment, if any. */
    public Optional<Band> nextBandAbove(BigDecimal attainment) {
        return bands.stream().filter(b -> b.from().compareTo(attainment) > 0).findFirst();
    }

    public Optional<Band> bandContaining(BigDecimal attainment) {
        return bands.stream().filter(b -> b.contains(attainment)).findFirst();
    }
}
