package app.bonusbot.imports;

import app.bonusbot.core.deal.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of the two deal file layouts a file uses: the plain documented one, or a CRM export read through the
 * configured mapping. A stage must be one the layout knows (plain: won, lost, open; CRM: the mapping's won, lost
 * and open stages): guessing "open" for an unknown stage once imported a lost deal as a running one.
 */
final class DealFormat {

    static final List<DealField> REQUIRED = Arrays.stream(DealField.values()).filter(DealField::required).toList();

    /** {@code deal_id,name,amount,close_date,stage,owner,deal_type,product,pipeline[,currency]}. */
    static final DealMapping PLAIN = new DealMapping(
            Map.of(DealField.ID, "deal_id", DealField.NAME, "name", DealField.AMOUNT, "amount", DealField.CLOSE_DATE, "close_date", DealField.STAGE,
                    "stage", DealField.OWNER, "owner", DealField.DEAL_TYPE, "deal_type", DealField.PRODUCT, "product", DealField.PIPELINE,
                    "pipeline", DealField.CURRENCY, "currency"),
            Set.of("won"), Set.of("lost"), Set.of("open"), List.of(), Map.of(), Map.of());

    private final DealMapping mapping;
    private final Set<String> wonStages;
    private final Set<String> lostStages;
    private final Set<String> openStages;
    private final String knownStages;
    private final Map<String, String> dealTypes = new HashMap<>();
    private final Map<String, String> pipelines = new HashMap<>();

    private DealFormat(boolean plain, DealMapping mapping) {
        this.mapping = mapping;
        this.wonStages = lowerCase(mapping.wonStages());
        this.lostStages = lowerCase(mapping.lostStages());
        this.openStages = lowerCase(mapping.openStages());
        this.knownStages = plain ? "won, lost, open"
                : "won: " + listed(wonStages) + "; lost: " + listed(lostStages) + "; open: " + listed(openStages)
                        + " (add it to won_stages, lost_stages or open_stages of import.hubspot in settings.yaml)";
        mapping.dealTypes().forEach((crm, ours) -> dealTypes.put(key(crm), key(ours)));
        mapping.pipelines().forEach((crm, ours) -> pipelines.put(key(crm), ours));
    }

    /** The CRM layout of this mapping, for values that come from a CRM's API rather than a file. */
    static DealFormat crm(DealMapping mapping) {
        return new DealFormat(false, mapping);
    }

    /** The layout the header fits, plain first; empty after recording why it fits neither. */
    static Optional<DealFormat> detect(CsvHeader header, DealMapping crm, ImportErrors errors) {
        List<String> missingPlain = missing(header, PLAIN);
        if (missingPlain.isEmpty()) {
            return Optional.of(new DealFormat(true, PLAIN));
        }
        List<String> missingCrm = missing(header, crm);
        if (missingCrm.isEmpty()) {
            return Optional.of(new DealFormat(false, crm));
        }
        errors.add(1, null, "the header fits neither the plain deal format (missing " + String.join(", ", missingPlain)
                + ") nor the CRM export mapping in settings.yaml (missing " + String.join(", ", missingCrm) + ")");
        return Optional.empty();
    }

    private static List<String> missing(CsvHeader header, DealMapping mapping) {
        List<String> missing = new ArrayList<>();
        for (DealField field : REQUIRED) {
            String column = mapping.columns().get(field);
            if (column == null || !header.has(column)) {
                missing.add(column == null ? field.name().toLowerCase(Locale.ROOT) : column);
            }
        }
        return missing;
    }

    /** The header name of a field; null when the mapping has no column for it. */
    String column(DealField field) {
        return mapping.columns().get(field);
    }

    Outcome outcome(String stage) throws FieldError {
        if (stage == null) {
            throw new FieldError("is required");
        }
        String s = key(stage);
        if (wonStages.contains(s)) {
            return Outcome.WON;
        }
        if (lostStages.contains(s)) {
            return Outcome.LOST;
        }
        if (openStages.contains(s)) {
            return Outcome.OPEN;
        }
        throw new FieldError(FieldError.quoted(stage) + " is not a known stage; known stages: " + knownStages);
    }

    /** A CRM pipeline name as plans know it: mapped when the mapping names it, else as written. */
    String pipeline(String value) {
        if (value == null) {
            return null;
        }
        return pipelines.getOrDefault(key(value), value);
    }

    /** The plan vocabulary's deal type: the mapping's translation of a CRM value, otherwise the value itself. */
    String dealType(String value) {
        if (value == null) {
            return null;
        }
        return dealTypes.getOrDefault(key(value), key(value));
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(DealFormat::key).collect(Collectors.toUnmodifiableSet());
    }

    private static String listed(Set<String> stages) {
        return stages.isEmpty() ? "none" : String.join(", ", new TreeSet<>(stages));
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
