package app.bonusbot.core.plan;

import app.bonusbot.core.i18n.Language;
import java.util.EnumMap;
import java.util.Map;

/** A name or description written in each language; falls back to English, then to any given text. */
public record LocalizedText(Map<Language, String> values) {

    public LocalizedText {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        values = Map.copyOf(new EnumMap<>(values));
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(Language.EN, text));
    }

    public String in(Language language) {
        String v = values.get(language);
        if (v == null) {
            v = values.get(Language.EN);
        }
        return v != null ? v : values.values().iterator().next();
    }
}
