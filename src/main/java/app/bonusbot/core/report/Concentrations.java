package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** How concentrated some payouts are: the top 10 %'s share and the median. */
final class Concentrations {

    private Concentrations() {}

    /** @param payouts one per person, those paid nothing included; not empty */
    static Concentration of(List<BigDecimal> payouts) {
        List<BigDecimal> sorted = payouts.stream().sorted(Comparator.reverseOrder()).toList();
        int n = sorted.size();
        int top = Math.max(1, (n + 9) / 10);
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal topSum = sorted.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Concentration(n, top, Percent.of(topSum, total), median(sorted, 2));
    }

    /** The middle value (the mean of the middle two for an even number), {@code scale} decimals HALF_UP; not empty. */
    static BigDecimal median(List<BigDecimal> values, int scale) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(scale, RoundingMode.HALF_UP);
    }
}
