package app.bonusbot.paydocs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.PayStatement;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payroll CSV: its columns, amounts, quoting and bytes. */
class PayrollCsvTest {

    private final PayrollCsv csv = new PayrollCsv();

    private static PayStatement named(PayStatement s, String personId, String name) {
        return new PayStatement(s.language(), personId, name, s.employeeId(), s.periodKey(), s.periodLabel(), s.periodStart(), s.periodEnd(), s.currency(),
                s.plans(), s.adjustments(), s.closed());
    }

    @Test
    void one_row_per_person_ordered_by_person_id_with_a_column_per_cash_plan_and_shares_apart_from_the_total() {
        // given Søren (one plan) and Anna (two cash plans, a clawback, shares), handed over out of order
        List<PayStatement> statements = List.of(HandMadeStatements.sorenProvisional(), HandMadeStatements.annaClosed(Language.EN));

        // when
        String text = csv.text(statements);

        // then the shares' 10,200.00 is listed and is not in Anna's total of 15,500.50 + 2,000.00 - 1,234.00
        assertEquals("""
                employee_id,name,period,cash milestones,cash new-business,adjustments,total,currency,stock shares vested units,stock shares vested value\r
                E-1001,Anna Holm,2026-Q3,2000.00,15500.50,-1234.00,16266.50,DKK,120,10200.00\r
                E-1002,Søren Ærøe,2026-Q3,,4000.00,0.00,4000.00,DKK,,\r
                """, text);
    }

    @Test
    void a_name_with_a_comma_or_a_quote_is_quoted_with_its_quotes_doubled() {
        // given
        PayStatement anna = named(HandMadeStatements.annaClosed(Language.EN), "anna.holm", "Holm, Anna \"AH\"");

        // when
        String row = csv.text(List.of(anna)).lines().skip(1).findFirst().orElseThrow();

        // then
        assertEquals("E-1001,\"Holm, Anna \"\"AH\"\"\",2026-Q3,2000.00,15500.50,-1234.00,16266.50,DKK,120,10200.00", row);
    }

    @Test
    void amounts_are_plain_with_a_dot_two_decimals_no_grouping_and_a_hyphen_minus() {
        assertEquals("1234.50", PayrollCsv.amount(new java.math.BigDecimal("1234.5")));
        assertEquals("-1234567.00", PayrollCsv.amount(new java.math.BigDecimal("-1234567")));
        assertEquals("0.01", PayrollCsv.amount(new java.math.BigDecimal("0.005")));
    }

    @Test
    void a_file_is_utf8_after_a_byte_order_mark_and_the_same_bytes_every_time() {
        // given
        List<PayStatement> statements = List.of(HandMadeStatements.annaClosed(Language.DA), HandMadeStatements.sorenProvisional());

        // when
        byte[] first = csv.bytes(statements, true);
        byte[] second = csv.bytes(List.of(statements.get(1), statements.get(0)), true);

        // then
        assertArrayEquals(first, second);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(first, 3));
        assertEquals(csv.text(statements), new String(first, 3, first.length - 3, StandardCharsets.UTF_8));
        assertEquals(csv.text(statements), new String(csv.bytes(statements, false), StandardCharsets.UTF_8));
    }
}
