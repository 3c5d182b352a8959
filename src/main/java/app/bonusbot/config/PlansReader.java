package app.bonusbot.config;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.ClawbackPolicy;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.plan.PlanVersions;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.DateSpan;
import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** plans.yaml: the list of plans; each kind's own fields are read by its reader. */
final class PlansReader {

    static final Map<String, PeriodKind> PERIODS = YamlNode.choicesOf(PeriodKind.values());
    private static final List<String> COMMON = List.of("id", "kind", "name", "period", "versions", "clawback");
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("performance", List.of("enrolment", "metric", "base", "mode", "threshold", "cap", "bands", "flat_rate", "target", "target_bonus"));
        FIELDS.put("team", List.of("teams", "metric", "mode", "threshold", "cap", "bands", "split", "target", "bonus_pool"));
        FIELDS.put("milestone", List.of("enrolment", "rules"));
        FIELDS.put("retention", List.of("enrolment", "installments"));
        FIELDS.put("stock", List.of("share_price", "cliff_months", "vesting_months", "grants"));
    }

    /**
     * @param declared every plan id in the file with its kind ("" when the kind is missing or wrong), including
     *     plans with other problems, so targets that name them are not reported as naming an unknown plan
     */
    record Result(List<Plan> plans, Map<String, String> declared, PlanVersions versions, Map<String, ClawbackPolicy> clawbacks) {}

    private final References references;
    private final PlanVersionsReader versionsReader;
    private final Map<String, List<PlanVersion>> versions = new LinkedHashMap<>();
    private final Map<String, YamlNode> ids = new LinkedHashMap<>();
    private final Map<String, String> declared = new LinkedHashMap<>();
    private final Map<String, ClawbackPolicy> clawbacks = new LinkedHashMap<>();

    /** @param fiscalYear where the quarters and years that plan versions start and end on begin */
    PlansReader(References references, FiscalYear fiscalYear) {
        this.references = references;
        this.versionsReader = new PlanVersionsReader(fiscalYear);
    }

    Result read(YamlNode root) {
        List<Plan> plans = new ArrayList<>();
        root.map().ifPresent(file -> file.only(List.of("plans")).required("plans").flatMap(YamlNode::nonEmptyList)
                .ifPresent(list -> list.forEach(node -> node.map().flatMap(this::plan).ifPresent(plans::add))));
        return new Result(plans, declared, new PlanVersions(versions), clawbacks);
    }

    private Optional<Plan> plan(YamlMap m) {
        Optional<String> id = m.required("id").flatMap(n -> n.uniqueId(ids, "plan"));
        Optional<String> kind = m.required("kind").flatMap(n -> n.choice(YamlNode.words(List.copyOf(FIELDS.keySet()))));
        id.ifPresent(i -> declared.put(i, kind.orElse("")));
        m.optional("clawback").flatMap(ClawbackReader::read).ifPresent(policy -> id.ifPresent(i -> clawbacks.put(i, policy)));
        Optional<LocalizedText> name = m.required("name").flatMap(PlansReader::text);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        fieldsOf(m, kind.get());
        Optional<PeriodKind> period = kind.get().equals("stock")
                ? m.optional("period").map(n -> n.choice(PERIODS)).orElse(Optional.of(PeriodKind.QUARTER))
                : m.required("period").flatMap(n -> n.choice(PERIODS));
        Optional<PlanHeader> header = id.isPresent() && name.isPresent() && period.isPresent()
                ? Optional.of(new PlanHeader(id.get(), name.get(), period.get()))
                : Optional.empty();
        Optional<Plan> first = ofKind(kind.get(), m, header);
        if (first.isEmpty() || !m.has("versions")) {
            return first;
        }
        // A later version's name may change; its id and period cannot, so the first version's header is kept.
        Optional<List<PlanVersion>> dated = versionsReader.read(m, first.get(), FIELDS.get(kind.get()),
                fields -> ofKind(kind.get(), fields, fields.optional("name").flatMap(PlansReader::text)
                        .map(n -> new PlanHeader(header.get().id(), n, header.get().period()))));
        dated.ifPresent(v -> versions.put(first.get().id(), v));
        return dated.isPresent() ? first : Optional.empty();
    }

    private Optional<Plan> ofKind(String kind, YamlMap m, Optional<PlanHeader> header) {
        return switch (kind) {
            case "performance" -> TieredPlanReader.performance(m, header, references);
            case "team" -> TieredPlanReader.team(m, header, references);
            case "milestone" -> EventPlanReader.milestone(m, header, references);
            case "retention" -> EventPlanReader.retention(m, header, references);
            default -> StockPlanReader.stock(m, header, references);
        };
    }

    /** A field of another kind gets a message saying so rather than "unknown field". */
    private static void fieldsOf(YamlMap m, String kind) {
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        Set<String> known = new LinkedHashSet<>(allowed);
        for (Map.Entry<String, List<String>> other : FIELDS.entrySet()) {
            for (String field : other.getValue()) {
                if (!allowed.contains(field) && known.add(field)) {
                    m.raw(field).ifPresent(n -> n.report("is not used by " + kind + " plans"));
                }
            }
        }
        m.only(known);
    }

    /** A name: one text, or one per language ({@code {en: Quarterly bonus, da: Kvartalsbonus}}). */
    static Optional<LocalizedText> text(YamlNode node) {
        if (!node.isMap()) {
            return node.text().map(LocalizedText::of);
        }
        YamlMap m = node.map().orElseThrow().only(SettingsReader.LANGUAGES.keySet());
        Map<Language, String> values = new EnumMap<>(Language.class);
        boolean ok = true;
        for (Map.Entry<String, Language> language : SettingsReader.LANGUAGES.entrySet()) {
            if (m.raw(language.getKey()).isPresent()) {
                Optional<String> t = m.raw(language.getKey()).get().text();
                ok &= t.isPresent();
                t.ifPresent(v -> values.put(language.getValue(), v));
            }
        }
        if (values.isEmpty()) {
            if (ok) {
                node.report("give the text in en, da or both");
            }
            return Optional.empty();
        }
        return ok ? Optional.of(new LocalizedText(values)) : Optional.empty();
    }

    /**
     * Who is on the plan: {@code enrolment: {teams: [...], people: [...]}}, at least one of them; an entry is an id, or
     * {@code {id: dach, from: 2026-07-01, to: 2026-12-31}} for an enrolment with effective dates (either may be left out).
     */
    static Optional<Enrolment> enrolment(YamlMap plan, References references) {
        Optional<YamlMap> given = plan.required("enrolment").flatMap(YamlNode::map);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = given.get().only(List.of("people", "teams"));
        Map<String, DateSpan> peopleDates = new LinkedHashMap<>();
        Map<String, DateSpan> teamDates = new LinkedHashMap<>();
        Optional<Set<String>> people = m.optional("people").map(n -> datedIds(n, references::person, peopleDates)).orElse(Optional.of(Set.of()));
        Optional<Set<String>> teams = m.optional("teams").map(n -> datedIds(n, references::team, teamDates)).orElse(Optional.of(Set.of()));
        if (people.isEmpty() || teams.isEmpty()) {
            return Optional.empty();
        }
        if (people.get().isEmpty() && teams.get().isEmpty()) {
            m.node().report("must name at least one person or team");
            return Optional.empty();
        }
        return Optional.of(new Enrolment(people.get(), teams.get(), peopleDates, teamDates));
    }

    /** Ids as {@link #ids}, where an entry may also be {@code {id, from, to}}: its dates go into {@code dates}. */
    private static Optional<Set<String>> datedIds(YamlNode node, BiConsumer<YamlNode, String> reference, Map<String, DateSpan> dates) {
        Optional<List<YamlNode>> items = node.list();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<String> id;
            if (item.isMap()) {
                YamlMap m = item.map().orElseThrow().only(List.of("id", "from", "to"));
                Optional<YamlNode> idNode = m.required("id");
                id = idNode.flatMap(YamlNode::id);
                id.ifPresent(i -> reference.accept(idNode.get(), i));
                Optional<DateSpan> span = span(m);
                ok &= span.isPresent();
                if (id.isPresent() && span.isPresent()) {
                    dates.put(id.get(), span.get());
                }
            } else {
                id = item.id();
                id.ifPresent(i -> reference.accept(item, i));
            }
            if (id.isPresent() && !ids.add(id.get())) {
                item.report("'" + id.get() + "' is listed twice");
                ok = false;
            }
            ok &= id.isPresent();
        }
        return ok ? Optional.of(ids) : Optional.empty();
    }

    private static Optional<DateSpan> span(YamlMap m) {
        Optional<LocalDate> from = m.optional("from").flatMap(YamlNode::date);
        Optional<LocalDate> to = m.optional("to").flatMap(YamlNode::date);
        if (from.isPresent() != m.has("from") || to.isPresent() != m.has("to")) {
            return Optional.empty();
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            m.report("to", "is before from " + from.get());
            return Optional.empty();
        }
        return Optional.of(new DateSpan(from.orElse(null), to.orElse(null)));
    }

    /** A list of person or team ids, each noted as a reference to check against people.yaml. */
    static Optional<Set<String>> ids(YamlNode node, BiConsumer<YamlNode, String> reference) {
        Optional<List<YamlNode>> items = node.scalarList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean ok = true;
        for (YamlNode item : items.get()) {
            Optional<String> id = item.id();
            if (id.isPresent() && !ids.add(id.get())) {
                item.report("'" + id.get() + "' is listed twice");
                ok = false;
            }
            id.ifPresent(i -> reference.accept(item, i));
            ok &= id.isPresent();
        }
        return ok ? Optional.of(ids) : Optional.empty();
    }
}
