package app.bonusbot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void the_same_formats_used_by_many_threads_at_once_give_each_its_own_exact_text() throws Exception {
        // given amounts whose texts are known when formatted one at a time
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            amounts.add(BigDecimal.valueOf(i * 1_234_567L + 5, 3));
        }
        List<String> alone = amounts.stream().map(a -> en.money(a) + " " + da.money(a) + " " + en.percent(a) + " " + da.number(a, 2)).toList();

        // when eight threads format them all at the same time, in both languages and with other currencies between
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(threads.submit(() -> amounts.stream().map(a -> {
                    en.money(a, Currency.getInstance("EUR"));
                    return en.money(a) + " " + da.money(a) + " " + en.percent(a) + " " + da.number(a, 2);
                }).toList()));
            }

            // then every thread has exactly the texts formatted alone
            for (Future<List<String>> result : results) {
                assertEquals(alone, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
