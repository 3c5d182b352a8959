package app.bonusbot.bench;

import app.bonusbot.core.deal.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the loopback HubSpot's portal is besides its deals, in HubSpot's JSON: its account and the private app's token
 * (every scope the sync asks for), the bench's sellers as owners ({@code after} paging), and the pipelines the
 * generated deals are in, with the mapping's stages and HubSpot's metadata for each (closed, probability).
 */
final class LoopbackPortal {

    static final String ID = "4711";
    private static final long FIRST_OWNER = 70_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HubSpotDealsCsv words;
    private final ZoneId zone;
    private final Map<String, Seller> owners = new LinkedHashMap<>();
    private final Map<String, String> ownerIds = new HashMap<>();

    LoopbackPortal(HubSpotDealsCsv words, ZoneId zone, List<Seller> sellers) {
        this.words = words;
        this.zone = zone;
        for (int i = 0; i < sellers.size(); i++) {
            String id = Long.toString(FIRST_OWNER + i + 1);
            owners.put(id, sellers.get(i));
            ownerIds.put(sellers.get(i).id(), id);
        }
    }

    /** The seller's id as a HubSpot owner. */
    String ownerId(Seller seller) {
        return ownerIds.get(seller.id());
    }

    JsonNode account() {
        return JSON.createObjectNode().put("portalId", Long.parseLong(ID)).put("accountType", "STANDARD").put("timeZone", zone.getId())
                .put("uiDomain", "app-eu1.hubspot.com").put("dataHostingLocation", "eu1");
    }

    JsonNode owners(Map<String, String> query) {
        List<String> ids = new ArrayList<>(owners.keySet());
        int limit = Math.min(100, Integer.parseInt(query.getOrDefault("limit", "100")));
        int from = query.containsKey("after") ? ids.indexOf(query.get("after")) + 1 : 0;
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String id : ids.subList(from, Math.min(from + limit, ids.size()))) {
            Seller seller = owners.get(id);
            int space = seller.name().indexOf(' ');
            results.addObject().put("id", id).put("email", seller.email()).put("firstName", seller.name().substring(0, space))
                    .put("lastName", seller.name().substring(space + 1)).put("userId", Long.parseLong(id) + 1).put("archived", false);
        }
        if (from + limit < ids.size()) {
            answer.putObject("paging").putObject("next").put("after", ids.get(from + limit - 1));
        }
        return answer;
    }

    /** Each pipeline the generator uses, with the mapping's stages and HubSpot's metadata for them. */
    JsonNode pipelines() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String pipeline : HubSpotDealsCsv.pipelines()) {
            ObjectNode p = results.addObject().put("id", pipeline).put("label", words.crmPipeline(pipeline)).put("displayOrder", results.size())
                    .put("archived", false);
            ArrayNode stages = p.putArray("stages");
            for (Outcome outcome : words.hasOpenStage() ? List.of(Outcome.OPEN, Outcome.WON, Outcome.LOST) : List.of(Outcome.WON, Outcome.LOST)) {
                String label = words.stage(outcome);
                ObjectNode stage = stages.addObject().put("id", LoopbackHubSpot.stageId(label)).put("label", label).put("displayOrder", stages.size())
                        .put("archived", false);
                stage.putObject("metadata").put("isClosed", Boolean.toString(outcome != Outcome.OPEN))
                        .put("probability", outcome == Outcome.WON ? "1.0" : outcome == Outcome.LOST ? "0.0" : "0.2");
            }
        }
        return answer;
    }

    JsonNode tokenInfo() {
        ObjectNode answer = JSON.createObjectNode().put("userId", 1).put("hubId", Long.parseLong(ID)).put("appId", 1);
        answer.putArray("scopes").add("crm.objects.deals.read").add("crm.objects.owners.read").add("crm.objects.line_items.read");
        return answer;
    }
}
