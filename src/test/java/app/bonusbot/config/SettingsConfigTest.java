package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.imports.DealField;
import app.bonusbot.imports.DealMapping;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsConfigTest {

    @TempDir
    Path dir;

    private List<String> problemsWith(String settings) {
        return ConfigDir.valid(dir).with("settings.yaml", settings).problems();
    }

    @Test
    void company_time_zone_and_currency_are_required() {
        // given
        String settings = "language: en\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:1 company: is required", "settings.yaml:1 time_zone: is required",
                "settings.yaml:1 currency: is required"), problems);
    }

    @Test
    void a_fixed_offset_is_not_a_time_zone() {
        // given
        String settings = ConfigDir.SETTINGS.replace("Europe/Copenhagen", "+01:00");

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:2 time_zone: unknown time zone '+01:00': use a region name such as Europe/Copenhagen"), problems);
    }

    @Test
    void an_unknown_currency_is_reported() {
        // given
        String settings = ConfigDir.SETTINGS.replace("DKK", "DKR");

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:3 currency: unknown currency 'DKR': use an ISO 4217 code such as DKK, EUR or USD"), problems);
    }

    @Test
    void a_currency_in_lower_case_is_accepted() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS.replace("DKK", "eur"));

        // when
        BotConfig loaded = config.load();

        // then
        assertEquals("EUR", loaded.settings().currency().getCurrencyCode());
    }

    @Test
    void an_unknown_language_is_reported() {
        // given
        String settings = ConfigDir.SETTINGS.replace("language: da", "language: de");

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:4 language: must be one of en, da, not 'de' (did you mean 'da'?)"), problems);
    }

    @Test
    void the_language_defaults_to_english() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS.replace("language: da\n", ""));

        // when
        BotConfig loaded = config.load();

        // then
        assertEquals(Language.EN, loaded.settings().language());
    }

    @Test
    void an_admin_must_be_a_person() {
        // given
        String settings = ConfigDir.SETTINGS.replace("admins: [boss]", "admins: [boss, bos]");

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:5 admins[1]: no person 'bos' in people.yaml (did you mean 'boss'?)"), problems);
    }

    @Test
    void the_hubspot_mapping_defaults_to_hubspots_export() {
        // given
        ConfigDir config = ConfigDir.valid(dir);

        // when
        DealMapping mapping = config.load().dealMapping();

        // then
        assertEquals(DealMapping.hubspotDefault(), mapping);
    }

    @Test
    void the_hubspot_mapping_keeps_defaults_for_what_is_not_given() {
        // given
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    columns:
                      amount: Amount in company currency
                    won_stages: [Won]
                    deal_types:
                      Expansion: upsell
                """);

        // when
        DealMapping mapping = config.load().dealMapping();

        // then
        DealMapping defaults = DealMapping.hubspotDefault();
        assertEquals("Amount in company currency", mapping.columns().get(DealField.AMOUNT));
        assertEquals(defaults.columns().get(DealField.ID), mapping.columns().get(DealField.ID));
        assertEquals(Set.of("won"), mapping.wonStages());
        assertEquals(defaults.lostStages(), mapping.lostStages());
        assertEquals(defaults.dateFormats(), mapping.dateFormats());
        assertEquals(Map.of("expansion", "upsell"), mapping.dealTypes());
    }

    @Test
    void hubspot_mapping_problems_are_reported_where_they_are() {
        // given
        String settings = ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    columns:
                      amount: Deal ID
                      owner_email: Owner
                    won_stages: [Closed won]
                    lost_stages: [closed WON, Closed lost]
                    date_formats: ["dd.MM.yyyy", "yyyy-MM-dd {"]
                    deal_types:
                      Renewal: []
                """;

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of(
                "settings.yaml:9 import.hubspot.columns.amount: column 'Deal ID' is used for both id and amount",
                "settings.yaml:10 import.hubspot.columns.owner_email: unknown field 'owner_email'"
                        + " (known fields: id, name, amount, close_date, stage, owner, deal_type, product, pipeline, currency)",
                "settings.yaml:12 import.hubspot.lost_stages: stage 'closed won' is also a won stage",
                "settings.yaml:13 import.hubspot.date_formats[1]: not a date pattern (" + patternError("yyyy-MM-dd {") + ");"
                        + " write it like M/d/yyyy or yyyy-MM-dd HH:mm",
                "settings.yaml:15 import.hubspot.deal_types.Renewal: must be a single value, not a list"), problems);
    }

    @Test
    void open_stages_are_read_and_a_stage_may_be_in_one_list_only() {
        // given
        String settings = ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    won_stages: [Won]
                    lost_stages: [Lost]
                    open_stages: [Negotiation, won, LOST]
                """;

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:10 import.hubspot.open_stages: stage 'won' is also a won stage",
                "settings.yaml:10 import.hubspot.open_stages: stage 'lost' is also a lost stage"), problems);
    }

    @Test
    void the_currency_column_is_mapped_and_checked_like_the_other_columns() {
        // given
        String settings = ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    columns:
                      currency: Deal ID
                """;

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:9 import.hubspot.columns.currency: column 'Deal ID' is used for both id and currency"), problems);
    }

    @Test
    void hubspots_open_stages_are_the_default_less_those_made_won_or_lost() {
        // given a company whose deals count as won once the contract is sent
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    won_stages: [Closed won, Contract sent]
                """);

        // when
        DealMapping mapping = config.load().dealMapping();

        // then
        assertEquals(Set.of("closed won", "contract sent"), mapping.wonStages());
        assertFalse(mapping.openStages().contains("contract sent"));
        assertTrue(mapping.openStages().contains("contractsent"));
        assertTrue(mapping.openStages().contains("appointment scheduled"));
    }

    @Test
    void an_empty_list_of_open_stages_and_an_empty_optional_column_are_allowed() {
        // given an export of closed deals whose amounts are in the company currency
        ConfigDir config = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    columns:
                      amount: Amount in company currency
                      currency:
                    open_stages: []
                """);

        // when
        DealMapping mapping = config.load().dealMapping();

        // then
        assertEquals(Set.of(), mapping.openStages());
        assertFalse(mapping.columns().containsKey(DealField.CURRENCY));
    }

    @Test
    void a_required_column_cannot_be_left_empty() {
        // given
        String settings = ConfigDir.SETTINGS + """
                import:
                  hubspot:
                    columns:
                      stage:
                """;

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:9 import.hubspot.columns.stage: must not be empty"), problems);
    }

    private static String patternError(String pattern) {
        try {
            DateTimeFormatter.ofPattern(pattern);
            throw new AssertionError("a valid pattern: " + pattern);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void an_unknown_import_source_is_reported() {
        // given
        String settings = ConfigDir.SETTINGS + "import:\n  salesforce: {}\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:7 import.salesforce: unknown field 'salesforce' (known fields: hubspot)"), problems);
    }

    @Test
    void discord_servers_are_read_in_their_order() {
        // given
        String settings = ConfigDir.SETTINGS + "discord:\n  guilds: [\"900000000000000002\", 900000000000000001]\n";

        // when
        BotConfig config = ConfigDir.valid(dir).with("settings.yaml", settings).load();

        // then
        assertEquals(List.of("900000000000000002", "900000000000000001"), config.discordGuilds());
    }

    @Test
    void without_a_discord_section_there_are_no_discord_servers() {
        // given
        String settings = ConfigDir.SETTINGS;

        // when
        BotConfig config = ConfigDir.valid(dir).with("settings.yaml", settings).load();

        // then
        assertEquals(List.of(), config.discordGuilds());
    }

    @Test
    void a_discord_server_id_must_be_a_snowflake_listed_once() {
        // given
        String settings = ConfigDir.SETTINGS + "discord:\n  guilds:\n    - nordlys\n    - \"900000000000000001\"\n    - \"900000000000000001\"\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:8 discord.guilds[0]: 'nordlys' is not a Discord server id: it is a number of 15 to 21 digits, quoted"
                        + " (in Discord, with Developer Mode on: right-click the server, Copy Server ID)",
                "settings.yaml:10 discord.guilds[2]: server 900000000000000001 is listed twice"), problems);
    }

    @Test
    void a_discord_section_needs_its_servers() {
        // given
        String settings = ConfigDir.SETTINGS + "discord:\n  guilds: []\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:7 discord.guilds: lists no server: give at least one Discord server id, or leave discord: out"), problems);
    }

    @Test
    void an_unknown_month_as_fiscal_year_start_is_refused_naming_file_and_line() {
        // given
        String settings = ConfigDir.SETTINGS + "fiscal_year_start: Smarch\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:6 fiscal_year_start: 'Smarch' is not a month: use a month name such as April, or its number 1 to 12"
                + " (did you mean 'march'?)"), problems);
    }

    @Test
    void a_month_number_outside_one_to_twelve_is_not_a_fiscal_year_start() {
        // given
        String settings = ConfigDir.SETTINGS + "fiscal_year_start: 13\n";

        // when
        List<String> problems = problemsWith(settings);

        // then
        assertEquals(List.of("settings.yaml:6 fiscal_year_start: '13' is not a month: use a month name such as April, or its number 1 to 12"),
                problems);
    }

    @Test
    void the_fiscal_year_starts_in_the_month_named_or_numbered() {
        // given
        ConfigDir byName = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "fiscal_year_start: April\n");

        // when
        FiscalYear named = byName.load().settings().fiscalYear();
        FiscalYear numbered = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "fiscal_year_start: 7\n").load().settings().fiscalYear();
        FiscalYear danish = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "fiscal_year_start: juli\n").load().settings().fiscalYear();

        // then
        assertEquals(new FiscalYear(Month.APRIL), named);
        assertEquals(new FiscalYear(Month.JULY), numbered);
        assertEquals(new FiscalYear(Month.JULY), danish);
    }

    @Test
    void without_fiscal_year_start_the_fiscal_year_is_the_calendar_year() {
        // given
        ConfigDir config = ConfigDir.valid(dir);

        // when
        FiscalYear fiscalYear = config.load().settings().fiscalYear();

        // then
        assertEquals(FiscalYear.CALENDAR, fiscalYear);
    }
}
