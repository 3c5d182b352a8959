package app.bonusbot.core.company;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.LocalizedText;
import java.util.Locale;
import java.util.Map;

/**
 * How configured words that reach people are shown in each language: deal types ({@code cross_sell} → "Cross-sell",
 * "Krydssalg") and pipelines, from settings.yaml. A value nobody named is shown as it is written.
 */
public record DisplayNames(Map<String, LocalizedText> dealTypes, Map<String, LocalizedText> pipelines) {

    public static final DisplayNames NONE = new DisplayNames(Map.of(), Map.of());

    public DisplayNames {
        dealTypes = Map.copyOf(dealTypes);
        pipelines = Map.copyOf(pipelines);
    }

    public String dealType(String id, Language language) {
        return name(dealTypes, id, language);
    }

    /**
     * The deal type a person means when typing it (whatif): people type back the name their answers show them
     * ("Mersalg", "Upsell"), which is that deal type; a deal type's own word, or any other word, is itself.
     */
    public String dealTypeTyped(String typed) {
        String word = typed.strip();
        if (dealTypes.containsKey(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        return dealTypes.entrySet().stream()
                .filter(e -> e.getValue().values().values().stream().anyMatch(name -> name.equalsIgnoreCase(word)))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(word);
    }

    public String pipeline(String id, Language language) {
        return name(pipelines, id, language);
    }

    /** Deal types and pipelines are compared case-insensitively everywhere, so their names are looked up so too. */
    private static String name(Map<String, LocalizedText> names, String id, Language language) {
        LocalizedText name = names.get(id.toLowerCase(Locale.ROOT));
        return name == null ? id : name.in(language);
    }
}
