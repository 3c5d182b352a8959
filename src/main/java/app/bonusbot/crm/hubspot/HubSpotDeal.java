package app.bonusbot.crm.hubspot;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A deal as HubSpot's CRM API gives it: its id and the properties asked for (all text, absent or blank when unset). */
public record HubSpotDeal(String id, Map<String, String> properties, boolean archived) {

    /** The properties every read asks for by name (HubSpot returns only a few by default). */
    public static final List<String> PROPERTIES = List.of("dealname", "amount", "closedate", "dealstage", "pipeline", "hubspot_owner_id", "dealtype",
            "deal_currency_code", "hs_lastmodifieddate", "hs_merged_object_ids", "hs_object_id");

    public HubSpotDeal {
        properties = Map.copyOf(properties);
    }

    /** The property's value, null when unset or blank. */
    public String property(String name) {
        String value = properties.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** hs_lastmodifieddate in epoch milliseconds (HubSpot writes it as an ISO instant, in filters as milliseconds); 0 when unset. */
    public long modifiedMs() {
        String value = property("hs_lastmodifieddate");
        if (value == null) {
            return 0;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(value);
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    /** The ids of the deals merged into this one (hs_merged_object_ids, separated by semicolons). */
    public List<String> mergedIds() {
        String value = property("hs_merged_object_ids");
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty() && !s.equals(id)).toList();
    }
}
