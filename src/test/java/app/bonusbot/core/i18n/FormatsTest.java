package app.bonusbot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats en = new Formats(Language.EN, Currency.getInstance("DKK"));
    private final Formats da = new Formats(Language.DA, Currency.getInstance("DKK"));

    @Test
    void money_reads_naturally_in_each_language() {
        assertEquals("DKK 1,234,567.89", en.money(new BigDecimal("1234567.89")));
        assertEquals("1.234.567,89 kr.", da.money(new BigDecimal("1234567.89")));
    }

    @Test
    void money_is_shown_half_up_to_the_cent() {
        assertEquals("DKK 0.01", en.money(new BigDecimal("0.005")));
        assertEquals("DKK 0.00", en.money(new BigDecimal("0.0049")));
    }

    @Test
    void percentages_have_at_most_one_decimal() {
        assertEquals("87.5 %", en.percent(new BigDecimal("0.875")));
        assertEquals("87,5 %", da.percent(new BigDecimal("0.875")));
        assertEquals("100 %", en.percent(new BigDecimal("1")));
    }

    @Test
    void dates_follow_the_language() {
        assertEquals("27 Nov 2026", en.date(LocalDate.of(2026, 11, 27)));
        assertEquals("27. nov. 2026", da.date(LocalDate.of(2026, 11, 27)));
    }
}
