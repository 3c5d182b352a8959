package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The checksum of a table reads the same from SQLite's and PostgreSQL's column types, and tells rows apart. */
class TableDigestTest {

    private static String checksum(Object[]... rows) {
        TableDigest digest = new TableDigest();
        for (Object[] row : rows) {
            digest.addRow(row);
        }
        return digest.checksum();
    }

    @Test
    void an_integer_a_bigint_a_flag_and_a_boolean_give_the_same_checksum_on_both_stores() {
        // GIVEN a row as SQLite returns it (Integer, 0/1 flag) and as PostgreSQL does (Long, boolean)
        // WHEN both are checksummed
        // THEN they are the same
        assertEquals(checksum(new Object[] {7, 1, "Acme"}), checksum(new Object[] {7L, true, "Acme"}));
        assertEquals(checksum(new Object[] {new BigDecimal("12.50")}), checksum(new Object[] {12.5d}));
    }

    @Test
    void a_null_an_empty_text_and_the_same_characters_split_otherwise_are_different_rows() {
        // GIVEN rows that a plain concatenation would confuse
        // WHEN checksummed
        // THEN each differs from the others
        assertNotEquals(checksum(new Object[] {null}), checksum(new Object[] {""}));
        assertNotEquals(checksum(new Object[] {"ab", "c"}), checksum(new Object[] {"a", "bc"}));
        assertNotEquals(checksum(new Object[] {"a"}, new Object[] {"b"}), checksum(new Object[] {"b"}, new Object[] {"a"}));
    }
}
