package app.bonusbot.store;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The WHERE clause selecting one owner's deals closed in a date range that match a filter. Owner and close date
 * lead, so SQLite walks the (owner_id, close_date) index and reads only that owner's deals of the range.
 */
record DealQuery(String where, Map<String, Object> parameters) {

    static DealQuery of(String ownerId, DateRange range, DealFilter filter) {
        StringBuilder where = new StringBuilder("owner_id = :owner AND close_date >= :from AND close_date <= :to");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("owner", ownerId);
        return rest(where, parameters, range, filter);
    }

    /** Several owners' deals: the index still leads, one owner at a time. */
    static DealQuery ofOwners(List<String> ownerIds, DateRange range, DealFilter filter) {
        if (ownerIds.size() == 1) {
            return of(ownerIds.get(0), range, filter);
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        in(where, parameters, "owner_id", "owner", new java.util.TreeSet<>(ownerIds));
        where.delete(0, " AND ".length());
        where.append(" AND close_date >= :from AND close_date <= :to");
        return rest(where, parameters, range, filter);
    }

    /**
     * The WHERE clause over deal_tallies for the owners' deals closed in the whole months from {@code firstMonth} to
     * {@code lastMonth} (yyyy-MM) that match the filter; empty when the tallies cannot tell: a minimum amount is not
     * one of their keys, and '' stands there for a deal without the value.
     */
    static Optional<DealQuery> ofTallies(List<String> ownerIds, String firstMonth, String lastMonth, DealFilter filter) {
        if (filter.minAmount() != null || filter.dealTypes().contains("") || filter.products().contains("") || filter.pipelines().contains("")) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (ownerIds.size() == 1) {
            where.append("owner_id = :owner");
            parameters.put("owner", ownerIds.get(0));
        } else {
            in(where, parameters, "owner_id", "owner", new java.util.TreeSet<>(ownerIds));
            where.delete(0, " AND ".length());
        }
        where.append(" AND month >= :fromMonth AND month <= :toMonth");
        parameters.put("fromMonth", firstMonth);
        parameters.put("toMonth", lastMonth);
        in(where, parameters, "deal_type", "type", filter.dealTypes());
        in(where, parameters, "product_key", "product", filter.products());
        in(where, parameters, "pipeline_key", "pipeline", filter.pipelines());
        return Optional.of(new DealQuery(where.toString(), parameters));
    }

    private static DealQuery rest(StringBuilder where, Map<String, Object> parameters, DateRange range, DealFilter filter) {
        parameters.put("from", range.from().toString());
        parameters.put("to", range.to().toString());
        in(where, parameters, "deal_type", "type", filter.dealTypes());
        in(where, parameters, "product_key", "product", filter.products());
        in(where, parameters, "pipeline_key", "pipeline", filter.pipelines());
        if (filter.minAmount() != null) {
            where.append(" AND amount_cents >= :minCents");
            parameters.put("minCents", minCents(filter.minAmount()));
        }
        return new DealQuery(where.toString(), parameters);
    }

    /** A minimum with a fraction of a cent admits only the deals of the next whole cent and above. */
    static long minCents(BigDecimal minAmount) {
        return minAmount.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** DealFilter holds its values trimmed and lower-cased already, the form the *_key columns store. */
    private static void in(StringBuilder where, Map<String, Object> parameters, String column, String prefix, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> sorted = values.stream().sorted().toList();
        where.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < sorted.size(); i++) {
            String name = prefix + i;
            where.append(i == 0 ? ":" : ", :").append(name);
            parameters.put(name, sorted.get(i));
        }
        where.append(')');
    }
}
