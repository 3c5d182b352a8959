package app.bonusbot.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few HubSpot endpoints the sync reads, in their documented shapes: CRM v3 deals (list with {@code after}
 * paging, archived, search), owners, deal pipelines, v4 associations to line items and line items in batches, and the
 * private app's token and account details.
 */
final class HubSpotApi {

    /** The list endpoint's largest page. */
    static final int LIST_PAGE = 100;
    /** The search endpoint's largest page. */
    static final int SEARCH_PAGE = 200;
    /** HubSpot answers no search beyond this many results (offset plus page). */
    static final int SEARCH_CAP = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROPERTIES = String.join(",", HubSpotDeal.PROPERTIES);

    private final HubSpotClient client;

    HubSpotApi(HubSpotClient client) {
        this.client = client;
    }

    HubSpotClient client() {
        return client;
    }

    /** A page of all deals ({@code archived=true}: of the deleted ones), the properties named explicitly. */
    DealPage listDeals(String after, boolean archived) {
        String path = "/crm/v3/objects/deals?limit=" + LIST_PAGE + "&archived=" + archived + "&properties=" + encode(PROPERTIES)
                + (after == null ? "" : "&after=" + encode(after));
        return page(client.get(path), archived);
    }

    /**
     * Deals modified after {@code (modifiedMs, lastId)} in (hs_lastmodifieddate, id) order: those modified later, and
     * those modified at exactly that millisecond with a greater id; sorted by modified time. With lastId null, every
     * deal modified at or after that millisecond.
     */
    DealPage searchModifiedAfter(long modifiedMs, String lastId) {
        ObjectNode body = searchBody(SEARCH_PAGE);
        ArrayNode groups = body.putArray("filterGroups");
        if (lastId == null) {
            groups.addObject().putArray("filters").add(filter("hs_lastmodifieddate", "GTE", Long.toString(modifiedMs)));
        } else {
            groups.addObject().putArray("filters").add(filter("hs_lastmodifieddate", "GT", Long.toString(modifiedMs)));
            ArrayNode same = groups.addObject().putArray("filters");
            same.add(filter("hs_lastmodifieddate", "EQ", Long.toString(modifiedMs)));
            same.add(filter("hs_object_id", "GT", lastId));
        }
        body.putArray("sorts").addObject().put("propertyName", "hs_lastmodifieddate").put("direction", "ASCENDING");
        return page(client.post("/crm/v3/objects/deals/search", body), false);
    }

    /** Deals modified at exactly this millisecond with an id above {@code lastId} (null: all), in id order. */
    DealPage searchModifiedAt(long modifiedMs, String lastId) {
        ObjectNode body = searchBody(SEARCH_PAGE);
        ArrayNode filters = body.putArray("filterGroups").addObject().putArray("filters");
        filters.add(filter("hs_lastmodifieddate", "EQ", Long.toString(modifiedMs)));
        if (lastId != null) {
            filters.add(filter("hs_object_id", "GT", lastId));
        }
        body.putArray("sorts").addObject().put("propertyName", "hs_object_id").put("direction", "ASCENDING");
        return page(client.post("/crm/v3/objects/deals/search", body), false);
    }

    List<HubSpotOwner> owners() {
        List<HubSpotOwner> owners = new ArrayList<>();
        String after = null;
        do {
            JsonNode answer = client.get("/crm/v3/owners?limit=" + LIST_PAGE + "&archived=false" + (after == null ? "" : "&after=" + encode(after)));
            for (JsonNode o : answer.path("results")) {
                owners.add(new HubSpotOwner(o.path("id").asText(), text(o, "email"), text(o, "firstName"), text(o, "lastName")));
            }
            after = next(answer).orElse(null);
        } while (after != null);
        return owners;
    }

    List<HubSpotPipeline> pipelines() {
        List<HubSpotPipeline> pipelines = new ArrayList<>();
        for (JsonNode p : client.get("/crm/v3/pipelines/deals").path("results")) {
            List<HubSpotStage> stages = new ArrayList<>();
            for (JsonNode s : p.path("stages")) {
                JsonNode meta = s.path("metadata");
                String probability = text(meta, "probability");
                stages.add(new HubSpotStage(s.path("id").asText(), text(s, "label"), "true".equalsIgnoreCase(meta.path("isClosed").asText()),
                        probability == null ? null : new BigDecimal(probability)));
            }
            pipelines.add(new HubSpotPipeline(p.path("id").asText(), text(p, "label"), stages));
        }
        return pipelines;
    }

    /** The ids of each deal's line items, through the v4 associations batch (one request per 100 deals). */
    Map<String, List<String>> lineItemIds(Collection<String> dealIds) {
        Map<String, List<String>> items = new HashMap<>();
        for (List<String> batch : batches(List.copyOf(dealIds), 100)) {
            ObjectNode body = NODES.objectNode();
            ArrayNode inputs = body.putArray("inputs");
            batch.forEach(id -> inputs.addObject().put("id", id));
            for (JsonNode result : client.post("/crm/v4/associations/deals/line_items/batch/read", body).path("results")) {
                List<String> to = items.computeIfAbsent(result.path("from").path("id").asText(), k -> new ArrayList<>());
                result.path("to").forEach(t -> to.add(t.path("toObjectId").asText()));
            }
        }
        return items;
    }

    /** Line items by id: their name and amount (one request per 100). */
    Map<String, LineItem> lineItems(Collection<String> ids) {
        Map<String, LineItem> items = new LinkedHashMap<>();
        for (List<String> batch : batches(List.copyOf(ids), 100)) {
            ObjectNode body = NODES.objectNode();
            body.putArray("properties").add("name").add("amount").add("hs_product_id");
            ArrayNode inputs = body.putArray("inputs");
            batch.forEach(id -> inputs.addObject().put("id", id));
            for (JsonNode item : client.post("/crm/v3/objects/line_items/batch/read", body).path("results")) {
                JsonNode props = item.path("properties");
                String amount = text(props, "amount");
                items.put(item.path("id").asText(), new LineItem(text(props, "name"), amount == null ? BigDecimal.ZERO : new BigDecimal(amount)));
            }
        }
        return items;
    }

    record LineItem(String name, BigDecimal amount) {}

    /** The private app token's portal and scopes ({@code POST /oauth/v2/private-apps/get/access-token-info}). */
    TokenInfo tokenInfo() {
        ObjectNode body = NODES.objectNode().put("tokenKey", client.connection().token());
        JsonNode answer = client.post("/oauth/v2/private-apps/get/access-token-info", body);
        List<String> scopes = new ArrayList<>();
        answer.path("scopes").forEach(s -> scopes.add(s.asText()));
        return new TokenInfo(text(answer, "hubId"), scopes);
    }

    record TokenInfo(String hubId, List<String> scopes) {}

    /** The portal's id, domain and currency ({@code GET /account-info/v3/details}). */
    AccountInfo account() {
        JsonNode answer = client.get("/account-info/v3/details");
        return new AccountInfo(text(answer, "portalId"), text(answer, "uiDomain"), text(answer, "companyCurrency"), text(answer, "timeZone"));
    }

    record AccountInfo(String portalId, String uiDomain, String companyCurrency, String timeZone) {}

    private static ObjectNode searchBody(int limit) {
        ObjectNode body = NODES.objectNode();
        body.put("limit", limit);
        ArrayNode properties = body.putArray("properties");
        HubSpotDeal.PROPERTIES.forEach(properties::add);
        return body;
    }

    private static ObjectNode filter(String property, String operator, String value) {
        return NODES.objectNode().put("propertyName", property).put("operator", operator).put("value", value);
    }

    private static DealPage page(JsonNode answer, boolean archived) {
        List<HubSpotDeal> deals = new ArrayList<>();
        for (JsonNode d : answer.path("results")) {
            Map<String, String> props = new HashMap<>();
            d.path("properties").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    props.put(e.getKey(), e.getValue().asText());
                }
            });
            deals.add(new HubSpotDeal(d.path("id").asText(), props, archived || d.path("archived").asBoolean(false)));
        }
        return new DealPage(deals, next(answer));
    }

    private static Optional<String> next(JsonNode answer) {
        JsonNode after = answer.path("paging").path("next").path("after");
        return after.isMissingNode() || after.isNull() || after.asText().isEmpty() ? Optional.empty() : Optional.of(after.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> List<List<T>> batches(List<T> all, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            batches.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return batches;
    }
}
