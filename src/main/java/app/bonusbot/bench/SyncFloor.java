package app.bonusbot.bench;

import app.bonusbot.crm.hubspot.HubSpotDeal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw floor of the first sync: the same deal pages ({@code after} paging, the properties the sync names) and each
 * page's line items (associations, then the items) fetched one request at a time on the JDK's HTTP client and parsed
 * into JSON trees, nothing translated or written. What the sync adds to this is its own work: owners and stages,
 * translating each deal, and one write transaction per page.
 */
final class SyncFloor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncFloor() {}

    /** @return the deals read */
    static int run(URI base, String token) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        String properties = URLEncoder.encode(String.join(",", HubSpotDeal.PROPERTIES), StandardCharsets.UTF_8);
        int read = 0;
        String after = null;
        do {
            JsonNode page = send(http, token, HttpRequest.newBuilder(base.resolve("crm/v3/objects/deals?limit=100&archived=false&properties="
                    + properties + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)))).GET());
            List<String> ids = new ArrayList<>();
            page.path("results").forEach(d -> ids.add(d.path("id").asText()));
            read += ids.size();
            ObjectNode associations = JSON.createObjectNode();
            ArrayNode deals = associations.putArray("inputs");
            ids.forEach(id -> deals.addObject().put("id", id));
            JsonNode linked = send(http, token, post(base.resolve("crm/v4/associations/deals/line_items/batch/read"), associations));
            ObjectNode items = JSON.createObjectNode();
            items.putArray("properties").add("name").add("amount").add("hs_product_id");
            ArrayNode itemIds = items.putArray("inputs");
            linked.path("results").forEach(r -> r.path("to").forEach(t -> itemIds.addObject().put("id", t.path("toObjectId").asText())));
            send(http, token, post(base.resolve("crm/v3/objects/line_items/batch/read"), items));
            JsonNode next = page.path("paging").path("next").path("after");
            after = next.isMissingNode() ? null : next.asText();
        } while (after != null);
        return read;
    }

    private static HttpRequest.Builder post(URI uri, JsonNode body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static JsonNode send(HttpClient http, String token, HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the bench's HubSpot answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the bench's HubSpot", e);
        }
    }
}
