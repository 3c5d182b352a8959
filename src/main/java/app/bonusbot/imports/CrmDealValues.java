package app.bonusbot.imports;

import app.bonusbot.core.deal.Outcome;
import java.util.Optional;

/**
 * The CSV export's mapping ({@code import.hubspot}) applied to values a CRM's API gives: the same stage lists, deal
 * types and pipeline names as an import of HubSpot's export, so that one mapping serves the import and the live sync.
 */
public final class CrmDealValues {

    private final DealFormat format;

    public CrmDealValues(DealMapping mapping) {
        this.format = DealFormat.crm(mapping);
    }

    /** The outcome the mapping gives the first of these names (a stage's id, its label) that it lists; empty when it lists none. */
    public Optional<Outcome> mappedOutcome(String... stageNames) {
        for (String name : stageNames) {
            if (name == null) {
                continue;
            }
            try {
                return Optional.of(format.outcome(name));
            } catch (FieldError notListed) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    /** The plan vocabulary's deal type for a CRM value, as the import translates it. */
    public String dealType(String value) {
        return format.dealType(value);
    }

    /** The pipeline as plans know it: the mapping's name for the CRM's label (or id), else the label as written. */
    public String pipeline(String id, String label) {
        if (label != null && !format.pipeline(label).equals(label)) {
            return format.pipeline(label);
        }
        if (id != null && !format.pipeline(id).equals(id)) {
            return format.pipeline(id);
        }
        return label != null ? label : id;
    }
}
