package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void money_is_digits_with_an_optional_dot_and_up_to_two_decimals_at_scale_two() throws FieldError {
        // given / when / then
        assertEquals(new BigDecimal("12500.50"), DecimalText.money("12500.5"));
        assertEquals(new BigDecimal("0.00"), DecimalText.money("0"));
        assertEquals(new BigDecimal("7.10"), DecimalText.money("7.100"));
        assertNull(DecimalText.money(null));
    }

    @Test
    void anything_but_ascii_digits_and_one_dot_is_not_a_number() {
        // given
        List<String> texts = List.of("", "-", ".5", "5.", "+5", "1.2.3", "1e3", "1 000", "１２", "12a", "--1", "12,500", "1,2,3", ",5");

        for (String text : texts) {
            // when
            FieldError e = assertThrows(FieldError.class, () -> DecimalText.money(text), text);

            // then
            assertEquals(FieldError.quoted(text) + " is not a number", e.getMessage());
        }
    }

    @Test
    void a_decimal_comma_with_one_or_two_decimals_gets_a_hint() {
        // given / when
        FieldError one = assertThrows(FieldError.class, () -> DecimalText.money("12,5"));
        FieldError negative = assertThrows(FieldError.class, () -> DecimalText.money("-3,25"));

        // then
        assertEquals(FieldError.quoted("12,5") + " is not a number; write decimals with a dot, e.g. 12.5", one.getMessage());
        assertEquals(FieldError.quoted("-3,25") + " is not a number; write decimals with a dot, e.g. -3.25", negative.getMessage());
    }

    @Test
    void a_negative_amount_and_a_third_decimal_are_refused() {
        // given / when / then
        assertEquals(FieldError.quoted("-5") + " is negative", assertThrows(FieldError.class, () -> DecimalText.money("-5")).getMessage());
        assertEquals(FieldError.quoted("1.005") + " has more than 2 decimals",
                assertThrows(FieldError.class, () -> DecimalText.money("1.005")).getMessage());
    }
}
