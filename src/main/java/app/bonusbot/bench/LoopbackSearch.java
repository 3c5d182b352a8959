package app.bonusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body of HubSpot's CRM search ({@code POST /crm/v3/objects/deals/search}) as the loopback HubSpot applies it:
 * filter groups (any group, every filter of it) and one ascending or descending sort, on the two numeric properties
 * the sync searches by. Another property is refused, so the bench can never quietly answer a search it does not know.
 */
record LoopbackSearch(List<List<Filter>> groups, String sortProperty, boolean descending) {

    private static final Set<String> PROPERTIES = Set.of("hs_lastmodifieddate", "hs_object_id");

    record Filter(String property, String operator, long value) {

        boolean matches(long actual) {
            return switch (operator) {
                case "EQ" -> actual == value;
                case "NEQ" -> actual != value;
                case "GT" -> actual > value;
                case "GTE" -> actual >= value;
                case "LT" -> actual < value;
                case "LTE" -> actual <= value;
                default -> throw new IllegalArgumentException("operator " + operator + " is not one the bench's HubSpot knows");
            };
        }
    }

    static LoopbackSearch of(JsonNode body) {
        List<List<Filter>> groups = new ArrayList<>();
        for (JsonNode group : body.path("filterGroups")) {
            List<Filter> filters = new ArrayList<>();
            for (JsonNode f : group.path("filters")) {
                filters.add(new Filter(known(f.path("propertyName").asText()), f.path("operator").asText(), Long.parseLong(f.path("value").asText())));
            }
            groups.add(filters);
        }
        JsonNode sort = body.path("sorts").path(0);
        return new LoopbackSearch(groups, known(sort.path("propertyName").asText("hs_object_id")), "DESCENDING".equals(sort.path("direction").asText()));
    }

    private static String known(String property) {
        if (!PROPERTIES.contains(property)) {
            throw new IllegalArgumentException("the bench's HubSpot searches only by " + PROPERTIES + ", not " + property);
        }
        return property;
    }

    /** The ids of the deals that match, in the sort's order (ties by id). */
    List<Long> matching(Map<Long, Map<String, String>> deals) {
        List<Long> ids = new ArrayList<>();
        deals.forEach((id, properties) -> {
            if (groups.isEmpty() || groups.stream().anyMatch(g -> g.stream().allMatch(f -> f.matches(value(id, properties, f.property()))))) {
                ids.add(id);
            }
        });
        Comparator<Long> order = Comparator.comparingLong(id -> value(id, deals.get(id), sortProperty));
        ids.sort((descending ? order.reversed() : order).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    private static long value(long id, Map<String, String> properties, String property) {
        return property.equals("hs_object_id") ? id : Instant.parse(properties.get(property)).toEpochMilli();
    }
}
