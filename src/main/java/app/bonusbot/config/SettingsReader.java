package app.bonusbot.config;

import app.bonusbot.core.approval.ApprovalSettings;
import app.bonusbot.core.report.ReportSettings;
import app.bonusbot.core.company.DisplayNames;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.dispute.DisputeSettings;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.EmployeeIdField;
import app.bonusbot.core.people.Snowflake;
import app.bonusbot.core.text.NearestName;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.imports.DealField;
import app.bonusbot.imports.DealMapping;
import app.bonusbot.imports.HubSpotSyncSettings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * settings.yaml: company, time zone, currency and exchange rates, fiscal year start, default language, admins, approval before close, names
 * of deal types and pipelines, the CRM import mapping, which field of a person payroll knows them by, the plan health report.
 */
final class SettingsReader {

    static final Map<String, Language> LANGUAGES = YamlNode.choicesOf(Language.values());

    private static final List<String> FIELDS = List.of("company", "time_zone", "currency", "language", "admins", "deal_types", "pipelines", "import",
            "demo_data", "discord", "exchange_rates", "hubspot", "fiscal_year_start", "payroll", "approval", "disputes", "report");
    private static final List<String> HUBSPOT_FIELDS = List.of("columns", "won_stages", "lost_stages", "open_stages", "date_formats", "deal_types",
            "pipelines");

    private static final java.util.Map<String, Boolean> FLAGS = java.util.Map.of("true", true, "false", false, "yes", true, "no", false);


    record Result(Optional<Settings> settings, Optional<DealMapping> dealMapping, boolean demoData, List<String> discordGuilds,
            Optional<HubSpotSyncSettings> hubspot, Optional<EmployeeIdField> employeeId, Optional<ApprovalSettings> approval, DisputeSettings disputes,
            Optional<ReportSettings> report) {}

    private final References references;

    SettingsReader(References references) {
        this.references = references;
    }

    Result read(YamlNode root) {
        Optional<YamlMap> file = root.map();
        if (file.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), false, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), DisputeSettings.NONE,
                    Optional.empty());
        }
        YamlMap m = file.get().only(FIELDS);
        Optional<String> company = m.required("company").flatMap(YamlNode::text);
        Optional<ZoneId> zone = m.required("time_zone").flatMap(SettingsReader::zone);
        Optional<Currency> currency = m.required("currency").flatMap(SettingsReader::currency);
        Optional<Language> language = m.optional("language").map(n -> n.choice(LANGUAGES)).orElse(Optional.of(Language.EN));
        Set<String> admins = new LinkedHashSet<>();
        m.optional("admins").flatMap(YamlNode::scalarList).ifPresent(list -> {
            for (YamlNode admin : list) {
                admin.id().ifPresent(id -> {
                    admins.add(id);
                    references.person(admin, id);
                });
            }
        });
        Optional<DealMapping> mapping = m.optional("import").map(this::importSection).orElse(Optional.of(DealMapping.hubspotDefault()));
        Optional<DisplayNames> names = DisplayNamesReader.read(m);
        Optional<ExchangeRates> rates = m.optional("exchange_rates").map(n -> ExchangeRatesReader.read(n, currency)).orElse(Optional.of(ExchangeRates.NONE));
        Optional<FiscalYear> fiscalYear = m.optional("fiscal_year_start").map(FiscalYearStart::read).orElse(Optional.of(FiscalYear.CALENDAR));
        Optional<Settings> settings = company.isPresent() && zone.isPresent() && currency.isPresent() && language.isPresent() && names.isPresent()
                && rates.isPresent() && fiscalYear.isPresent()
                ? Optional.of(new Settings(company.get(), zone.get(), currency.get(), language.get(), admins, names.get(), rates.get(),
                        fiscalYear.get()))
                : Optional.empty();
        boolean demoData = m.optional("demo_data").flatMap(n -> n.choice(FLAGS)).orElse(false);
        List<String> guilds = m.optional("discord").map(SettingsReader::discordGuilds).orElse(List.of());
        Optional<HubSpotSyncSettings> hubspot = m.optional("hubspot").map(HubSpotSettingsReader::read).orElse(Optional.of(HubSpotSyncSettings.DEFAULT));
        Optional<EmployeeIdField> employeeId = m.optional("payroll").map(SettingsReader::payroll).orElse(Optional.of(EmployeeIdField.ID));
        Optional<ApprovalSettings> approval = m.optional("approval").map(ApprovalSettingsReader::read).orElse(Optional.of(ApprovalSettings.OFF));
        DisputeSettings disputes = m.optional("disputes").map(SettingsReader::disputes).orElse(DisputeSettings.NONE);
        Optional<ReportSettings> report = m.optional("report").map(ReportSettingsReader::read).orElse(Optional.of(ReportSettings.DEFAULTS));
        return new Result(settings, mapping, demoData, guilds, hubspot, employeeId, approval, disputes, report);
    }

    /** {@code payroll: {employee_id: id | email | employee_number}}: which field of a person payroll knows them by. */
    private static Optional<EmployeeIdField> payroll(YamlNode node) {
        return node.map().flatMap(section -> section.only(List.of("employee_id")).optional("employee_id")
                .map(n -> n.choice(YamlNode.choicesOf(EmployeeIdField.values())))
                .orElse(Optional.of(EmployeeIdField.ID)));
    }

    /**
     * {@code disputes: {slack_channel: C…, discord_channel: …}}: where sales ops hears of new cases on each platform,
     * instead of a direct message to each admin. A channel that is no channel id is named with its line.
     */
    private static DisputeSettings disputes(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return DisputeSettings.NONE;
        }
        YamlMap m = section.get().only(List.of("slack_channel", "discord_channel"));
        Optional<String> slack = m.optional("slack_channel").flatMap(n -> PostsReader.channel(n, PostsReader.SLACK_CHANNEL.asMatchPredicate(),
                "must be the id of a private Slack channel such as G0123ABCDEF or C0123ABCDEF (in Slack: open the channel's details; the id is"
                        + " at the bottom of About)"));
        Optional<String> discord = m.optional("discord_channel").flatMap(n -> PostsReader.channel(n, Snowflake::matches,
                "must be a Discord channel id, a number of 15 to 21 digits (in Discord: right-click the channel, Copy Channel ID)"));
        return new DisputeSettings(slack, discord);
    }

    /** {@code discord: {guilds: [...]}}: the servers whose members get the {@code /bonus} command. */
    private static List<String> discordGuilds(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return List.of();
        }
        YamlMap m = section.get().only(List.of("guilds"));
        Optional<List<YamlNode>> listed = m.required("guilds").flatMap(YamlNode::scalarList);
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> guilds = new LinkedHashSet<>();
        for (YamlNode item : listed.get()) {
            item.text().ifPresent(id -> {
                if (!Snowflake.matches(id)) {
                    item.report("'" + id + "' is not a Discord server id: it is a number of 15 to 21 digits, quoted"
                            + " (in Discord, with Developer Mode on: right-click the server, Copy Server ID)");
                } else if (!guilds.add(id)) {
                    item.report("server " + id + " is listed twice");
                }
            });
        }
        if (listed.get().isEmpty()) {
            m.report("guilds", "lists no server: give at least one Discord server id, or leave discord: out");
        }
        return List.copyOf(guilds);
    }

    private static Optional<ZoneId> zone(YamlNode node) {
        return node.text().flatMap(text -> {
            // Fixed offsets such as +01:00 would silently ignore daylight saving time, so only region names count.
            if (ZoneId.getAvailableZoneIds().contains(text)) {
                return Optional.of(ZoneId.of(text));
            }
            node.report("unknown time zone '" + text + "': use a region name such as Europe/Copenhagen"
                    + NearestName.hint(text, ZoneId.getAvailableZoneIds()));
            return Optional.empty();
        });
    }

    private static Optional<Currency> currency(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                if (text.length() == 3) {
                    return Optional.of(Currency.getInstance(text.toUpperCase(Locale.ROOT)));
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            node.report("unknown currency '" + text + "': use an ISO 4217 code such as DKK, EUR or USD");
            return Optional.empty();
        });
    }

    private Optional<DealMapping> importSection(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        return section.get().only(List.of("hubspot")).optional("hubspot").map(this::hubspot).orElse(Optional.of(DealMapping.hubspotDefault()));
    }

    /** Anything not given keeps HubSpot's default; a list or mapping given replaces the default one. */
    private Optional<DealMapping> hubspot(YamlNode node) {
        Optional<YamlMap> section = node.map();
        if (section.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = section.get().only(HUBSPOT_FIELDS);
        DealMapping defaults = DealMapping.hubspotDefault();
        boolean ok = true;

        Map<DealField, String> columns = new EnumMap<>(defaults.columns());
        if (m.has("columns")) {
            ok &= columns(m.optional("columns").get(), columns);
        }
        Optional<Set<String>> won = m.optional("won_stages").map(n -> stages(n, true)).orElse(Optional.of(defaults.wonStages()));
        Optional<Set<String>> lost = m.optional("lost_stages").map(n -> stages(n, true)).orElse(Optional.of(defaults.lostStages()));
        ok &= noStageTwice(m, "lost_stages", lost, won, "won");
        Optional<Set<String>> open;
        if (m.has("open_stages")) {
            // An empty list is allowed: an export of closed deals only has no open stage.
            open = m.optional("open_stages").flatMap(n -> stages(n, false));
            ok &= noStageTwice(m, "open_stages", open, won, "won");
            ok &= noStageTwice(m, "open_stages", open, lost, "lost");
        } else {
            // HubSpot's open stages, less any the company has made won or lost.
            Set<String> defaultOpen = new LinkedHashSet<>(defaults.openStages());
            won.ifPresent(defaultOpen::removeAll);
            lost.ifPresent(defaultOpen::removeAll);
            open = Optional.of(defaultOpen);
        }
        Optional<List<String>> formats = m.optional("date_formats").map(SettingsReader::dateFormats).orElse(Optional.of(defaults.dateFormats()));
        Optional<Map<String, String>> dealTypes = m.optional("deal_types").map(n -> valueMap(n, true)).orElse(Optional.of(defaults.dealTypes()));
        Optional<Map<String, String>> pipelines = m.optional("pipelines").map(n -> valueMap(n, false)).orElse(Optional.of(defaults.pipelines()));
        if (!ok || won.isEmpty() || lost.isEmpty() || open.isEmpty() || formats.isEmpty() || dealTypes.isEmpty() || pipelines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DealMapping(columns, won.get(), lost.get(), open.get(), formats.get(), dealTypes.get(), pipelines.get()));
    }

    /** Reports, on {@code field}, each of its stages that the other list has too. */
    private static boolean noStageTwice(YamlMap m, String field, Optional<Set<String>> stages, Optional<Set<String>> other, String otherName) {
        boolean ok = true;
        if (stages.isPresent() && other.isPresent()) {
            for (String stage : stages.get()) {
                if (other.get().contains(stage)) {
                    m.report(field, "stage '" + stage + "' is also a " + otherName + " stage");
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static boolean columns(YamlNode node, Map<DealField, String> columns) {
        Optional<YamlMap> given = node.map();
        if (given.isEmpty()) {
            return false;
        }
        Map<String, DealField> fields = new LinkedHashMap<>();
        for (DealField f : DealField.values()) {
            fields.put(f.name().toLowerCase(Locale.ROOT), f);
        }
        YamlMap m = given.get().only(fields.keySet());
        boolean ok = true;
        for (Map.Entry<String, DealField> field : fields.entrySet()) {
            if (m.raw(field.getKey()).isPresent() && m.raw(field.getKey()).get().isNull() && !field.getValue().required()) {
                // "currency:" with nothing after it: the export has no such column, or it is not to be read.
                columns.remove(field.getValue());
            } else if (m.raw(field.getKey()).isPresent()) {
                Optional<String> header = m.raw(field.getKey()).get().text();
                ok &= header.isPresent();
                header.ifPresent(h -> columns.put(field.getValue(), h));
            }
        }
        Map<String, DealField> byHeader = new LinkedHashMap<>();
        for (Map.Entry<DealField, String> column : columns.entrySet()) {
            DealField other = byHeader.putIfAbsent(column.getValue().toLowerCase(Locale.ROOT), column.getKey());
            if (other != null) {
                String name = column.getKey().name().toLowerCase(Locale.ROOT);
                String otherName = other.name().toLowerCase(Locale.ROOT);
                m.report(m.has(name) ? name : otherName, "column '" + column.getValue() + "' is used for both " + otherName + " and " + name);
                ok = false;
            }
        }
        return ok;
    }

    private static Optional<Set<String>> stages(YamlNode node, boolean atLeastOne) {
        return (atLeastOne ? node.nonEmptyList() : node.list()).flatMap(list -> {
            Set<String> stages = new LinkedHashSet<>();
            boolean ok = true;
            for (YamlNode item : list) {
                Optional<String> t = item.text();
                ok &= t.isPresent();
                t.ifPresent(s -> stages.add(s.toLowerCase(Locale.ROOT)));
            }
            return ok ? Optional.of(stages) : Optional.empty();
        });
    }

    private static Optional<List<String>> dateFormats(YamlNode node) {
        return node.list().flatMap(list -> {
            List<String> formats = new ArrayList<>();
            boolean ok = true;
            for (YamlNode item : list) {
                Optional<String> pattern = item.text();
                if (pattern.isPresent()) {
                    try {
                        DateTimeFormatter.ofPattern(pattern.get());
                        formats.add(pattern.get());
                    } catch (IllegalArgumentException e) {
                        item.report("not a date pattern (" + e.getMessage() + "); write it like M/d/yyyy or yyyy-MM-dd HH:mm");
                        ok = false;
                    }
                } else {
                    ok = false;
                }
            }
            return ok ? Optional.of(formats) : Optional.empty();
        });
    }

    /** CRM value → our value; keys compare case-insensitively, values are lower-cased when {@code lowerValues}. */
    private static Optional<Map<String, String>> valueMap(YamlNode node, boolean lowerValues) {
        return node.map().flatMap(m -> {
            Map<String, String> values = new LinkedHashMap<>();
            boolean ok = true;
            for (String crmValue : m.keys()) {
                Optional<String> ours = m.raw(crmValue).get().text();
                ok &= ours.isPresent();
                ours.ifPresent(t -> values.put(crmValue.trim().toLowerCase(Locale.ROOT), lowerValues ? t.toLowerCase(Locale.ROOT) : t));
            }
            return ok ? Optional.of(values) : Optional.empty();
        });
    }
}
