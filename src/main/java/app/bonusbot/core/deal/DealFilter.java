package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which deals a metric or milestone rule looks at. An empty set means "any"; values compare case-insensitively.
 *
 * @param minAmount null means no minimum; a deal of exactly the minimum counts
 */
public record DealFilter(Set<String> dealTypes, Set<String> products, Set<String> pipelines, BigDecimal minAmount) {

    public static final DealFilter ANY = new DealFilter(Set.of(), Set.of(), Set.of(), null);

    public DealFilter {
        dealTypes = normalise(dealTypes);
        products = normalise(products);
        pipelines = normalise(pipelines);
    }

    private static Set<String> normalise(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(Deal deal) {
        return matches(dealTypes, deal.dealType())
                && matches(products, deal.product())
                && matches(pipelines, deal.pipeline())
                && (minAmount == null || deal.amount().compareTo(minAmount) >= 0);
    }

    private static boolean matches(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value.trim().toLowerCase(Locale.ROOT)));
    }

    public boolean isAny() {
        return dealTypes.isEmpty() && products.isEmpty() && pipelines.isEmpty() && minAmount == null;
    }

    /** Sorted lists, for stable output. */
    public List<String> sortedDealTypes() {
        return dealTypes.stream().sorted().toList();
    }

    public List<String> sortedProducts() {
        return products.stream().sorted().toList();
    }

    public List<String> sortedPipelines() {
        return pipelines.stream().sorted().toList();
    }
}
