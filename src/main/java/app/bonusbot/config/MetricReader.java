package app.bonusbot.config;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.plan.Metric;
import app.bonusbot.core.plan.MetricKind;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A plan's metric and the deal filter that metrics and milestone rules share. */
final class MetricReader {

    static final Map<String, MetricKind> METRICS = YamlNode.choicesOf(MetricKind.values());
    private static final List<String> METRIC_FIELDS = List.of("type", "filter");
    private static final List<String> FILTER_FIELDS = List.of("deal_types", "products", "pipelines", "min_amount");

    private MetricReader() {}

    static Optional<Metric> metric(YamlNode node) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = given.get().only(METRIC_FIELDS);
        Optional<MetricKind> kind = m.required("type").flatMap(n -> n.choice(METRICS));
        Optional<DealFilter> filter = m.optional("filter").map(MetricReader::filter).orElse(Optional.of(DealFilter.ANY));
        return kind.isPresent() && filter.isPresent() ? Optional.of(new Metric(kind.get(), filter.get())) : Optional.empty();
    }

    /** Which deals count; every part is optional and an empty filter matches every deal. */
    static Optional<DealFilter> filter(YamlNode node) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = given.get().only(FILTER_FIELDS);
        Optional<Set<String>> types = words(m, "deal_types");
        Optional<Set<String>> products = words(m, "products");
        Optional<Set<String>> pipelines = words(m, "pipelines");
        Optional<BigDecimal> min = m.optional("min_amount").map(YamlNode::amount).orElse(Optional.of(BigDecimal.ZERO));
        if (types.isEmpty() || products.isEmpty() || pipelines.isEmpty() || min.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal minAmount = m.has("min_amount") ? min.get() : null;
        return Optional.of(new DealFilter(types.get(), products.get(), pipelines.get(), minAmount));
    }

    private static Optional<Set<String>> words(YamlMap m, String key) {
        if (!m.has(key)) {
            return Optional.of(Set.of());
        }
        return m.optional(key).get().scalarList().map(list -> {
            Set<String> words = new LinkedHashSet<>();
            list.forEach(n -> n.text().ifPresent(words::add));
            return words;
        });
    }
}
