package app.bonusbot.core.deal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DealFilterTest {

    private static Deal deal(String amount, String dealType, String product, String pipeline) {
        return new Deal("D1", "Acme", new BigDecimal(amount), LocalDate.of(2026, 11, 17), "closedwon", Outcome.WON, "anna",
                dealType, product, pipeline);
    }

    @Test
    void the_any_filter_matches_every_deal() {
        // given
        Deal bare = deal("0", null, null, null);

        // when / then
        assertTrue(DealFilter.ANY.matches(bare));
        assertTrue(DealFilter.ANY.isAny());
    }

    @Test
    void matches_deal_types_whatever_the_letter_case_and_spacing() {
        // given
        DealFilter renewals = new DealFilter(Set.of(" Renewal "), Set.of(), Set.of(), null);

        // when / then
        assertTrue(renewals.matches(deal("100", "renewal", null, null)));
        assertTrue(renewals.matches(deal("100", "RENEWAL", null, null)));
        assertFalse(renewals.matches(deal("100", "new", null, null)));
        assertFalse(renewals.matches(deal("100", null, null, null)));
    }

    @Test
    void accepts_any_of_several_deal_types() {
        // given
        DealFilter growth = new DealFilter(Set.of("upsell", "cross_sell"), Set.of(), Set.of(), null);

        // when / then
        assertTrue(growth.matches(deal("100", "upsell", null, null)));
        assertTrue(growth.matches(deal("100", "cross_sell", null, null)));
        assertFalse(growth.matches(deal("100", "new", null, null)));
    }

    @Test
    void filters_by_product_and_by_pipeline() {
        // given
        DealFilter analytics = new DealFilter(Set.of(), Set.of("Analytics"), Set.of(), null);
        DealFilter enterprise = new DealFilter(Set.of(), Set.of(), Set.of("enterprise"), null);

        // when / then
        assertTrue(analytics.matches(deal("100", "new", "analytics", "smb")));
        assertFalse(analytics.matches(deal("100", "new", "crm", "smb")));
        assertTrue(enterprise.matches(deal("100", "new", "crm", "Enterprise")));
        assertFalse(enterprise.matches(deal("100", "new", "crm", "smb")));
        assertFalse(enterprise.matches(deal("100", "new", "crm", null)));
    }

    @Test
    void a_deal_of_exactly_the_minimum_amount_counts_and_a_cent_less_does_not() {
        // given
        DealFilter large = new DealFilter(Set.of(), Set.of(), Set.of(), new BigDecimal("50000"));

        // when / then
        assertTrue(large.matches(deal("50000.00", "new", null, null)));
        assertTrue(large.matches(deal("50000.01", "new", null, null)));
        assertFalse(large.matches(deal("49999.99", "new", null, null)));
    }

    @Test
    void a_deal_must_pass_every_part_of_the_filter() {
        // given large enterprise renewals
        DealFilter filter = new DealFilter(Set.of("renewal"), Set.of(), Set.of("enterprise"), new BigDecimal("50000"));

        // when / then
        assertTrue(filter.matches(deal("60000", "renewal", "crm", "enterprise")));
        assertFalse(filter.matches(deal("60000", "new", "crm", "enterprise")));
        assertFalse(filter.matches(deal("60000", "renewal", "crm", "smb")));
        assertFalse(filter.matches(deal("40000", "renewal", "crm", "enterprise")));
        assertFalse(filter.isAny());
    }
}
