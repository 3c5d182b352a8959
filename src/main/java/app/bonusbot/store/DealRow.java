package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A deal in the shape of its table row. The CRM fields decide whether an import changed a deal; the owner link
 * is derived from the owner reference and the directory, so it is not one of them.
 */
record DealRow(
        String dealId,
        String name,
        long amountCents,
        String closeDate,
        String stage,
        String outcome,
        String ownerRef,
        String ownerId,
        String dealType,
        String product,
        String pipeline) {

    static final String COLUMNS = "deal_id, name, amount_cents, close_date, stage, outcome, owner_ref, owner_id, deal_type, product, pipeline";

    static DealRow of(LedgerDeal entry) {
        Deal d = entry.deal();
        return new DealRow(d.id(), d.name(), Cents.of(d.amount()), d.closeDate() == null ? null : d.closeDate().toString(), d.stage(),
                d.outcome().name().toLowerCase(Locale.ROOT), entry.ownerReference(), d.ownerId(), filterKey(d.dealType()), display(d.product()),
                display(d.pipeline()));
    }

    static DealRow read(ResultSet rs) throws SQLException {
        return new DealRow(rs.getString("deal_id"), rs.getString("name"), rs.getLong("amount_cents"), rs.getString("close_date"), rs.getString("stage"),
                rs.getString("outcome"), rs.getString("owner_ref"), rs.getString("owner_id"), rs.getString("deal_type"), rs.getString("product"),
                rs.getString("pipeline"));
    }

    /**
     * The form filters compare against: trimmed and lower-cased in Java, because SQLite's lower() only folds
     * ASCII and product names here are Danish as often as not. Matches DealFilter's own normalisation.
     */
    static String filterKey(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String display(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    String productKey() {
        return filterKey(product);
    }

    String pipelineKey() {
        return filterKey(pipeline);
    }

    Deal toDeal() {
        return new Deal(dealId, name, Cents.toAmount(amountCents), closeDate == null ? null : LocalDate.parse(closeDate), stage,
                Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), ownerId, dealType, product, pipeline);
    }

    DealRow withOwnerId(String owner) {
        return new DealRow(dealId, name, amountCents, closeDate, stage, outcome, ownerRef, owner, dealType, product, pipeline);
    }

    LedgerDeal toLedgerDeal() {
        return new LedgerDeal(toDeal(), ownerRef);
    }

    /** The CRM fields in which {@code next} differs from this row, with this row's values; empty when none. */
    Map<String, String> previousValuesOfChangedFields(DealRow next) {
        Map<String, String> previous = new LinkedHashMap<>();
        compare(previous, "name", name, next.name);
        if (amountCents != next.amountCents) {
            previous.put("amount", Cents.toAmount(amountCents).toPlainString());
        }
        compare(previous, "close_date", closeDate, next.closeDate);
        compare(previous, "stage", stage, next.stage);
        compare(previous, "outcome", outcome, next.outcome);
        compare(previous, "owner", ownerRef, next.ownerRef);
        compare(previous, "deal_type", dealType, next.dealType);
        compare(previous, "product", product, next.product);
        compare(previous, "pipeline", pipeline, next.pipeline);
        return previous;
    }

    private static void compare(Map<String, String> previous, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            previous.put(field, before);
        }
    }
}
