package app.bonusbot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void every_text_exists_in_english_and_danish_with_the_same_placeholders() throws IOException {
        // given
        Properties en = load("texts.properties");
        Properties da = load("texts_da.properties");
        // then
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(da.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(da.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(da.getProperty(key)), key);
        }
    }

    @Test
    void placeholders_are_filled_in_order() {
        // when
        String text = Texts.of(Language.EN).get("whatif.change", "A", "B", "C");
        // then
        assertEquals("A → B (C)", text);
    }

    @Test
    void danish_texts_are_read_as_utf8() {
        assertEquals("Næste trin", Texts.of(Language.DA).get("field.next_tier"));
    }
}
