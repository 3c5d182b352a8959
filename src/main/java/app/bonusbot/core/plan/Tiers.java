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

    /**
     * The band whose rate a retroactive plan pays: the band containing the attainment, or the top band when
     * attainment is above a top band that has an upper end, so over-performance never falls off a cliff.
     */
    public Optional<Band> retroactiveBand(BigDecimal attainment) {
        Optional<Band> containing = bandContaining(attainment);
        if (containing.isPresent() || bands.isEmpty()) {
            return containing;
        }
        Band top = bands.get(bands.size() - 1);
        return top.to() != null && attainment.compareTo(top.to()) >= 0 ? Optional.of(top) : Optional.empty();
    }
}
