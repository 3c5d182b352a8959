package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.ForeignAmount;
import java.math.BigDecimal;
import app.bonusbot.core.deal.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal in the shape of its table row. The CRM fields decide whether an import changed a deal; the owner link
 * is derived from the owner reference and the directory, so it is not one of them, and neither is the exchange rate
 * (it comes from settings.yaml, see {@link HeldDeals}).
 *
 * @param amountCents in the company currency; 0 while held
 * @param currency the CRM's currency when it is not the company's (V6); null otherwise
 * @param originalAmount the CRM's amount in that currency, exact decimal text; null with {@code currency}
 * @param exchangeRate the rate {@code amountCents} was converted at; null while held or in the company currency
 * @param held no rate converts the deal yet: it counts for nothing, in no tally
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
        String pipeline,
        String currency,
        String originalAmount,
        String exchangeRate,
        boolean held) {

    static final String COLUMNS = "deal_id, name, amount_cents, close_date, stage, outcome, owner_ref, owner_id, deal_type, product, pipeline,"
            + " currency, original_amount, exchange_rate, held";

    static DealRow of(LedgerDeal entry) {
        Deal d = entry.deal();
        ForeignAmount f = d.foreign();
        return new DealRow(d.id(), d.name(), Cents.of(d.amount()), d.closeDate() == null ? null : d.closeDate().toString(), d.stage(),
                d.outcome().name().toLowerCase(Locale.ROOT), entry.ownerReference(), d.ownerId(), filterKey(d.dealType()), display(d.product()),
                display(d.pipeline()), f == null ? null : f.currency().getCurrencyCode(), f == null ? null : f.amount().toPlainString(),
                f == null || f.rate() == null ? null : f.rate().toPlainString(), d.held());
    }

    static DealRow read(ResultSet rs) throws SQLException {
        return new DealRow(rs.getString("deal_id"), rs.getString("name"), rs.getLong("amount_cents"), rs.getString("close_date"), rs.getString("stage"),
                rs.getString("outcome"), rs.getString("owner_ref"), rs.getString("owner_id"), rs.getString("deal_type"), rs.getString("product"),
                rs.getString("pipeline"), rs.getString("currency"), rs.getString("original_amount"), rs.getString("exchange_rate"),
                rs.getInt("held") != 0);
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
                Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), ownerId, dealType, product, pipeline, foreign());
    }

    private ForeignAmount foreign() {
        if (currency == null) {
            return null;
        }
        return new ForeignAmount(new BigDecimal(originalAmount), Currency.getInstance(currency), exchangeRate == null ? null : new BigDecimal(exchangeRate));
    }

    /** The close date as a date, whose exchange rate converts the deal; null without one. */
    LocalDate closeDay() {
        return closeDate == null ? null : LocalDate.parse(closeDate);
    }

    DealRow withOwnerId(String owner) {
        return new DealRow(dealId, name, amountCents, closeDate, stage, outcome, ownerRef, owner, dealType, product, pipeline, currency, originalAmount,
                exchangeRate, held);
    }

    /** This row converted anew: its amount in the company currency, the rate used (null while held) and whether it is held. */
    DealRow withConversion(long cents, String rate, boolean nowHeld) {
        return new DealRow(dealId, name, cents, closeDate, stage, outcome, ownerRef, ownerId, dealType, product, pipeline, currency, originalAmount, rate,
                nowHeld);
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
        compare(previous, "currency", currency, next.currency);
        compare(previous, "original_amount", originalAmount, next.originalAmount);
        compare(previous, "close_date", closeDate, next.closeDate);
        compare(previous, "stage", stage, next.stage);
        compare(previous, "outcome", outcome, next.outcome);
        compare(previous, "owner", ownerRef, next.ownerRef);
        compare(previous, "deal_type", dealType, next.dealType);
        compare(previous, "product", product, next.product);
        compare(previous, "pipeline", pipeline, next.pipeline);
        return previous;
    }

    /**
     * This row's values under the names {@link #previousValuesOfChangedFields} uses, plus {@code owner_id} (the
     * person the owner reference names): what a recheck and the audit log keep of a deal before and after a write.
     */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("amount", Cents.toAmount(amountCents).toPlainString());
        values.put("currency", currency);
        values.put("original_amount", originalAmount);
        values.put("close_date", closeDate);
        values.put("stage", stage);
        values.put("outcome", outcome);
        values.put("owner", ownerRef);
        values.put("owner_id", ownerId);
        values.put("deal_type", dealType);
        values.put("product", product);
        values.put("pipeline", pipeline);
        values.put("held", held ? "true" : "false");
        return values;
    }

    /**
     * The deal as the ledger counted it when a row had these {@link #values()}, e.g. as a recheck kept it before a write;
     * empty when it did not count (held back, or without an outcome). Its amount is the converted one, so no foreign
     * amount is kept.
     */
    static Optional<Deal> counted(String dealId, Map<String, String> values) {
        if (values == null || values.get("outcome") == null || "true".equals(values.get("held"))) {
            return Optional.empty();
        }
        return Optional.of(new Deal(dealId, values.get("name"), values.get("amount") == null ? BigDecimal.ZERO : new BigDecimal(values.get("amount")),
                values.get("close_date") == null ? null : LocalDate.parse(values.get("close_date")), values.get("stage"),
                Outcome.valueOf(values.get("outcome").toUpperCase(Locale.ROOT)), values.get("owner_id"), values.get("deal_type"), values.get("product"),
                values.get("pipeline")));
    }

    private static void compare(Map<String, String> previous, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            previous.put(field, before);
        }
    }
}
