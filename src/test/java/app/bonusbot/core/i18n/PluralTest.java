package app.bonusbot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PluralTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The keys that are counted: {@code x} for every {@code x.one} or {@code x.other}. */
    private static Set<String> countedKeys(Properties texts) {
        Set<String> keys = new TreeSet<>();
        for (String key : texts.stringPropertyNames()) {
            if (key.endsWith(".one") || key.endsWith(".other")) {
                keys.add(key.substring(0, key.lastIndexOf('.')));
            }
        }
        return keys;
    }

    @Test
    void every_counted_text_has_a_singular_and_a_plural_in_both_languages_and_reads_for_0_1_and_2() throws IOException {
        // given
        Properties english = bundle("texts.properties");
        Set<String> counted = countedKeys(english);
        assertTrue(counted.size() >= 10, "the counted nouns: " + counted);
        assertEquals(counted, countedKeys(bundle("texts_da.properties")));
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (String key : counted) {
                assertTrue(texts.has(key + ".one") && texts.has(key + ".other"), language + " " + key);
                for (long n : new long[] {0, 1, 2}) {
                    // when
                    String text = texts.plural(key, n, Long.toString(n), "A", "B", "C", "D");
                    // then
                    assertTrue(text.contains(Long.toString(n)), language + " " + key + " " + n + ": " + text);
                    assertFalse(text.matches(".*\\{\\d+}.*"), language + " " + key + " " + n + ": " + text);
                    assertEquals(texts.get(key + (n == 1 ? ".one" : ".other"), Long.toString(n), "A", "B", "C", "D"), text, language + " " + key);
                }
            }
        }
    }

    @Test
    void one_is_singular_and_zero_and_two_are_plural_in_english_and_danish() {
        // then
        assertEquals("1 won deal", Texts.of(Language.EN).count("won_deals", 1));
        assertEquals("2 won deals", Texts.of(Language.EN).count("won_deals", 2));
        assertEquals("0 won deals", Texts.of(Language.EN).count("won_deals", 0));
        assertEquals("1 vundet aftale", Texts.of(Language.DA).count("won_deals", 1));
        assertEquals("2 vundne aftaler", Texts.of(Language.DA).count("won_deals", 2));
        assertEquals("0 vundne aftaler", Texts.of(Language.DA).count("won_deals", 0));
        assertEquals("1 måned", Texts.of(Language.DA).count("months", 1));
        assertEquals("1.200 aktier", Texts.of(Language.DA).count("shares", 1200));
    }

    @Test
    void a_fraction_is_plural_in_english_and_below_two_singular_in_danish() {
        // then
        assertEquals(Plural.OTHER, Plural.of(Language.EN, new BigDecimal("1.5")));
        assertEquals(Plural.ONE, Plural.of(Language.EN, new BigDecimal("1.00")), "1.00 is shown as 1");
        assertEquals(Plural.ONE, Plural.of(Language.DA, new BigDecimal("1.5")));
        assertEquals(Plural.OTHER, Plural.of(Language.DA, new BigDecimal("2.5")));
        assertEquals(Plural.OTHER, Plural.of(Language.DA, new BigDecimal("12")));
    }
}
