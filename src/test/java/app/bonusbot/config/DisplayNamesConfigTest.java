package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayNamesConfigTest {

    @TempDir
    Path dir;

    private ConfigDir withSettings(String extra) {
        return ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + extra);
    }

    @Test
    void deal_types_and_pipelines_get_a_name_per_language_in_settings_yaml() {
        // given
        String names = """
                deal_types:
                  new: {en: New business, da: Nysalg}
                  Cross_Sell: {en: Cross-sell, da: Krydssalg}
                  renewal: Renewal
                pipelines:
                  renewals: {en: Renewals, da: Fornyelser}
                """;

        // when
        DisplayNames loaded = withSettings(names).load().settings().names();

        // then
        assertEquals("Nysalg", loaded.dealType("new", Language.DA));
        assertEquals("New business", loaded.dealType("new", Language.EN));
        assertEquals("Krydssalg", loaded.dealType("cross_sell", Language.DA), "values compare case-insensitively");
        assertEquals("Renewal", loaded.dealType("renewal", Language.DA), "one text serves every language");
        assertEquals("Fornyelser", loaded.pipeline("renewals", Language.DA));
        assertEquals("upsell", loaded.dealType("upsell", Language.DA), "a deal type nobody named is shown as written");
    }

    @Test
    void a_name_in_danish_only_is_shown_to_english_readers_too() {
        // when
        DisplayNames loaded = withSettings("deal_types:\n  new: {da: Nysalg}\n").load().settings().names();

        // then
        assertEquals("Nysalg", loaded.dealType("new", Language.EN));
    }

    @Test
    void an_unknown_language_a_missing_name_and_a_deal_type_named_twice_are_reported_with_their_lines() {
        // given
        String names = """
                deal_types:
                  new: {en: New business, de: Neugeschäft}
                  upsell:
                  NEW: Nysalg
                """;

        // when
        List<String> problems = withSettings(names).problems();

        // then
        assertEquals(List.of(
                "settings.yaml:7 deal_types.new.de: unknown field 'de' (did you mean 'da'?)",
                "settings.yaml:8 deal_types.upsell: must not be empty",
                "settings.yaml:9 deal_types.NEW: deal type 'NEW' is named twice (first on line 7); case does not matter"), problems);
    }
}
