package app.bonusbot.config;

import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.plan.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * settings.yaml's {@code deal_types} and {@code pipelines}: how the words plans filter on are shown to people, e.g.
 * {@code cross_sell: {en: Cross-sell, da: Krydssalg}}. Written like a plan's name: one text for every language, or one
 * per language (a language left out falls back to English).
 */
final class DisplayNamesReader {

    private DisplayNamesReader() {}

    static Optional<DisplayNames> read(YamlMap settings) {
        Optional<Map<String, LocalizedText>> dealTypes = settings.optional("deal_types").map(n -> names(n, "deal type")).orElse(Optional.of(Map.of()));
        Optional<Map<String, LocalizedText>> pipelines = settings.optional("pipelines").map(n -> names(n, "pipeline")).orElse(Optional.of(Map.of()));
        if (dealTypes.isEmpty() || pipelines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DisplayNames(dealTypes.get(), pipelines.get()));
    }

    /** Value → name. Values compare case-insensitively everywhere, so {@code New} and {@code new} are one value. */
    private static Optional<Map<String, LocalizedText>> names(YamlNode node, String what) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Map<String, YamlNode> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (String value : given.get().keys()) {
            YamlNode entry = given.get().raw(value).orElseThrow();
            String key = value.strip().toLowerCase(Locale.ROOT);
            YamlNode first = seen.putIfAbsent(key, entry);
            if (first != null) {
                entry.report(what + " '" + value + "' is named twice (first on line " + first.line() + "); case does not matter");
                ok = false;
                continue;
            }
            Optional<LocalizedText> name = PlansReader.text(entry);
            ok &= name.isPresent();
            name.ifPresent(n -> names.put(key, n));
        }
        return ok ? Optional.of(names) : Optional.empty();
    }
}
