package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DealIdsTest {

    @Test
    void an_id_seen_before_answers_the_line_it_was_first_seen_on() {
        // given
        DealIds ids = new DealIds();
        ids.firstLineOf("D-1", 2);
        ids.firstLineOf("D-2", 3);

        // when
        long again = ids.firstLineOf("D-1", 9);
        long thrice = ids.firstLineOf("D-1", 12);

        // then
        assertEquals(2, again);
        assertEquals(2, thrice);
        assertEquals(-1, ids.firstLineOf("D-3", 13));
    }

    @Test
    void a_hundred_thousand_ids_and_ids_differing_only_in_letters_beyond_ascii_stay_apart() {
        // given
        DealIds ids = new DealIds();
        for (int i = 0; i < 100_000; i++) {
            assertEquals(-1, ids.firstLineOf("HS-" + i, i + 2L));
        }
        // an ASCII id, its look-alikes in other alphabets, and two unpaired surrogates UTF-8 could not tell apart
        String[] alike = {"Ole", "Øle", "Оle", "\uD800x", "\uDBFFx", "\uD83D\uDE00"};
        for (int i = 0; i < alike.length; i++) {
            assertEquals(-1, ids.firstLineOf(alike[i], 200_000L + i), alike[i]);
        }

        // when / then
        assertEquals(100_000, ids.size() - alike.length);
        assertEquals(50_002, ids.firstLineOf("HS-50000", 300_000));
        for (int i = 0; i < alike.length; i++) {
            assertEquals(200_000L + i, ids.firstLineOf(alike[i], 300_001), alike[i]);
        }
    }
}
