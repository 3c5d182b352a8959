package app.bonusbot.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a CRM deal export maps onto deals (bot-config/settings.yaml, {@code import.hubspot}).
 *
 * @param columns the CSV header for each field; ID, AMOUNT, CLOSE_DATE, STAGE and OWNER are required
 * @param wonStages stage values meaning won (compared case-insensitively)
 * @param lostStages stage values meaning lost
 * @param openStages stage values meaning open; a stage in none of the three lists is a rejected row
 * @param dateFormats DateTimeFormatter patterns tried after ISO dates and timestamps
 * @param dealTypes CRM deal-type values mapped to the plan vocabulary (new, upsell, renewal, ...), case-insensitive keys
 * @param pipelines CRM pipeline names mapped to the names plans filter on, case-insensitive keys; others are kept
 */
public record DealMapping(Map<DealField, String> columns, Set<String> wonStages, Set<String> lostStages, Set<String> openStages,
        List<String> dateFormats, Map<String, String> dealTypes, Map<String, String> pipelines) {

    public DealMapping {
        columns = Map.copyOf(columns);
        wonStages = Set.copyOf(wonStages);
        lostStages = Set.copyOf(lostStages);
        openStages = Set.copyOf(openStages);
        dateFormats = List.copyOf(dateFormats);
        dealTypes = Map.copyOf(dealTypes);
        pipelines = Map.copyOf(pipelines);
    }

    /**
     * HubSpot's deal export as it comes out of HubSpot by default: the stages of its default pipeline ("Sales
     * Pipeline"), each as the label the export shows and as the internal name the API and some exports use.
     */
    public static DealMapping hubspotDefault() {
        return new DealMapping(
                Map.of(DealField.ID, "Deal ID", DealField.NAME, "Deal Name", DealField.AMOUNT, "Amount", DealField.CLOSE_DATE, "Close Date",
                        DealField.STAGE, "Deal Stage", DealField.OWNER, "Deal owner", DealField.DEAL_TYPE, "Deal Type", DealField.PRODUCT,
                        "Product", DealField.PIPELINE, "Pipeline", DealField.CURRENCY, "Currency"),
                Set.of("closed won", "closedwon"),
                Set.of("closed lost", "closedlost"),
                Set.of("appointment scheduled", "appointmentscheduled", "qualified to buy", "qualifiedtobuy", "presentation scheduled",
                        "presentationscheduled", "decision maker bought-in", "decisionmakerboughtin", "contract sent", "contractsent"),
                List.of("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy", "M/d/yyyy H:mm"),
                Map.of("new business", "new", "newbusiness", "new", "existing business", "upsell", "existingbusiness", "upsell"),
                Map.of("sales pipeline", "default"));
    }
}
