package app.bonusbot.store;

import app.bonusbot.core.deal.Conversion;
import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.HeldBackCount;
import app.bonusbot.core.deal.HeldBackCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The deals the CRM gave in another currency than the company's: converted at settings.yaml's rates, or held back
 * (stored, counted for nothing) while a rate is missing. Rates live in the config, not in the deals, so when they
 * change the config sync converts every such deal again ({@link #convertAgain}); a deal held back for want of a rate
 * then counts without a re-import.
 */
public final class HeldDeals {

    private final Database db;

    public HeldDeals(Database db) {
        this.db = db;
    }

    /**
     * The stored deals in other currencies that {@code currencies} cannot convert, per currency: what
     * {@code config check} reports for the settings.yaml it checks, before any sync has written them.
     */
    public List<HeldBackCount> countsAt(CurrencyConverter currencies) {
        HeldBackCounts counts = new HeldBackCounts();
        db.jdbi().useHandle(h -> h.createQuery("SELECT currency, original_amount, close_date FROM deals WHERE currency IS NOT NULL")
                .map((rs, ctx) -> currencies.convert(new BigDecimal(rs.getString("original_amount")), Currency.getInstance(rs.getString("currency")),
                        date(rs.getString("close_date"))))
                .forEach(c -> {
                    if (c instanceof Conversion.HeldBack held) {
                        counts.add(held);
                    }
                }));
        return counts.counts();
    }

    /** The deals held back as stored now, per currency. */
    public List<HeldBackCount> counts() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT currency, CASE WHEN close_date IS NULL THEN 1 ELSE 0 END AS undated, COUNT(*) AS deals, MIN(close_date) AS first,
                               MAX(close_date) AS last
                        FROM deals WHERE held = 1
                        GROUP BY currency, CASE WHEN close_date IS NULL THEN 1 ELSE 0 END ORDER BY currency, undated""")
                .map((rs, ctx) -> new HeldBackCount(Currency.getInstance(rs.getString("currency")), rs.getLong("deals"), date(rs.getString("first")),
                        date(rs.getString("last"))))
                .list());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /**
     * Converts every deal in another currency again at the converter's rates, inside the caller's write: a deal whose
     * amount, rate or held state changes is rewritten and the owners' tallies follow. Not a CRM change, so no new
     * version of the deal; the caller bumps the data version.
     *
     * @return how many deals changed
     */
    static int convertAgain(Handle h, CurrencyConverter converter, DealChanges changes) {
        List<DealRow> foreign = h.createQuery("SELECT " + DealRow.COLUMNS + " FROM deals WHERE currency IS NOT NULL")
                .map((rs, ctx) -> DealRow.read(rs))
                .list();
        DealTallies tallies = new DealTallies();
        List<DealRow> changed = new ArrayList<>();
        for (DealRow old : foreign) {
            Conversion conversion = converter.convert(new BigDecimal(old.originalAmount()), Currency.getInstance(old.currency()), old.closeDay());
            String rate = conversion.original() == null || conversion.original().rate() == null ? null : conversion.original().rate().toPlainString();
            DealRow next = old.withConversion(Cents.of(conversion.amount()), rate, conversion instanceof Conversion.HeldBack);
            if (!next.equals(old)) {
                tallies.remove(h, old);
                tallies.add(h, next);
                changes.changed(old, next);
                changed.add(next);
            }
        }
        if (!changed.isEmpty()) {
            var update = h.prepareBatch("UPDATE deals SET amount_cents = :cents, exchange_rate = :rate, held = :held WHERE deal_id = :id");
            changed.forEach(row -> update.bind("cents", row.amountCents()).bind("rate", row.exchangeRate()).bind("held", row.held() ? 1 : 0)
                    .bind("id", row.dealId()).add());
            update.execute();
            tallies.apply(h);
        }
        return changed.size();
    }
}
