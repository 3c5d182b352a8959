package app.bonusbot.core.plan;

import app.bonusbot.core.deal.DealFilter;
import java.util.Objects;

public record Metric(MetricKind kind, DealFilter filter) {
    public Metric {
        Objects.requireNonNull(kind, "kind");
        filter = filter == null ? DealFilter.ANY : filter;
    }
}
