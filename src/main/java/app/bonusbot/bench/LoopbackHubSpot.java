package app.bonusbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HubSpot's side of the bench's sync run, on loopback: the endpoints the sync reads, in HubSpot's documented JSON
 * shapes, for the bench company's sellers (as owners) and the generated deals ({@link HubSpotDealsCsv}, the same
 * deals an export of the bench holds): the private app's token info and the account details, owners ({@code after}
 * paging), the deal pipelines with each stage's closed flag and probability ({@link LoopbackPortal}), deals listed ({@code after} paging, the
 * properties asked for), deals searched (filter groups on {@code hs_lastmodifieddate} and {@code hs_object_id}, sorted,
 * offset paging, the 10,000-result cap), and each deal's one line item through the v4 associations. It answers at
 * once: HubSpot's latency and rate limits are not imitated (the bench computes what the limits cost), and nothing is
 * ever deleted here, so the archived list is empty.
 */
final class LoopbackHubSpot implements AutoCloseable {

    static final String TOKEN = "pat-bench-00000000-loopback-hubspot-token";
    /** HubSpot's ids are whole numbers; these keep deals and line items apart (and from owners, {@link LoopbackPortal}). */
    private static final long FIRST_DEAL = 20_000_000_000L;
    private static final long LINE_ITEM_OFFSET = 100_000_000_000L;
    private static final int SEARCH_CAP = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ZoneId zone;
    private final LoopbackPortal portal;
    private final TreeMap<Long, Map<String, String>> deals = new TreeMap<>();
    private final Map<Long, String[]> lineItems = new HashMap<>();
    private final AtomicLong dealPageRequests = new AtomicLong();
    private long stamp;

    /**
     * @param words the generator whose stages, deal types and pipelines (the configured mapping's words) the deals use
     * @param zone the company's: close dates are instants of a day and time there, as HubSpot gives them
     */
    private LoopbackHubSpot(HubSpotDealsCsv words, ZoneId zone, List<Seller> sellers) throws IOException {
        this.zone = zone;
        this.portal = new LoopbackPortal(words, zone, sellers);
        // Generated deals were last modified a day ago: long before a sync's cursor, as in a portal synced for the first time.
        stamp = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
        // The JDK server would otherwise hold each answer's body back behind its headers (see LoopbackSlack).
        System.setProperty(LoopbackSlack.NO_DELAY, "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
    }

    static LoopbackHubSpot start(HubSpotDealsCsv words, ZoneId zone, List<Seller> sellers) throws IOException {
        LoopbackHubSpot hub = new LoopbackHubSpot(words, zone, sellers);
        hub.server.start();
        return hub;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** What the bot reads from its environment to reach this HubSpot. */
    Map<String, String> environment() {
        return Map.of("HUBSPOT_TOKEN", TOKEN, "HUBSPOT_API_URL", url().toString());
    }

    /** The requests so far that a full read sends per page of deals: the page itself and its line items (associations, items). */
    long dealPageRequests() {
        return dealPageRequests.get();
    }

    synchronized int deals() {
        return deals.size();
    }

    /** Creates the deal, or changes it, stamped modified now (at least a millisecond after the previous change). */
    synchronized String put(HubSpotDealsCsv.GeneratedDeal deal) {
        stamp = Math.max(stamp + 1, System.currentTimeMillis());
        return store(deal, stamp);
    }

    /** Adds generated deals as they were before the sync started: modified a day ago, a millisecond apart. */
    synchronized void putOld(HubSpotDealsCsv.GeneratedDeal deal) {
        store(deal, ++stamp);
    }

    private String store(HubSpotDealsCsv.GeneratedDeal deal, long modifiedMs) {
        long id = FIRST_DEAL + deal.number();
        Map<String, String> p = new HashMap<>();
        p.put("dealname", deal.name());
        p.put("amount", deal.amount().toPlainString());
        p.put("closedate", deal.closes().atZone(zone).toInstant().toString());
        p.put("dealstage", stageId(deal.stage()));
        p.put("pipeline", deal.pipeline());
        p.put("hubspot_owner_id", portal.ownerId(deal.owner()));
        p.put("dealtype", deal.dealType());
        p.put("hs_lastmodifieddate", Instant.ofEpochMilli(modifiedMs).toString());
        p.put("hs_object_id", Long.toString(id));
        deals.put(id, p);
        lineItems.put(id + LINE_ITEM_OFFSET, new String[] {deal.product(), deal.amount().toPlainString()});
        return Long.toString(id);
    }

    /** A stage's internal name, as HubSpot makes one from a label: "Closed won" is {@code closedwon}. */
    static String stageId(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LoopbackSlack.answer(exchange, 401, error("Authentication credentials not found.", "INVALID_AUTHENTICATION").toString());
            return;
        }
        JsonNode answer;
        try {
            answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                    body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException | RuntimeException e) {
            answer = error("Invalid input: " + e.getMessage(), "VALIDATION_ERROR");
        }
        int status = answer == null ? 404 : "error".equals(answer.path("status").asText()) ? 400 : 200;
        LoopbackSlack.answer(exchange, status, (answer == null ? error("not found", "OBJECT_NOT_FOUND") : answer).toString());
    }

    private synchronized JsonNode answer(String method, String path, Map<String, String> query, JsonNode body) {
        if (path.startsWith("/crm/v3/objects/deals") && method.equals("GET") && !Boolean.parseBoolean(query.get("archived"))
                || path.endsWith("/line_items/batch/read")) {
            dealPageRequests.incrementAndGet();
        }
        return switch (method + " " + path) {
            case "GET /crm/v3/objects/deals" -> Boolean.parseBoolean(query.get("archived"))
                    ? JSON.createObjectNode().set("results", JSON.createArrayNode())
                    : list(query);
            case "POST /crm/v3/objects/deals/search" -> search(body);
            case "GET /crm/v3/owners" -> portal.owners(query);
            case "GET /crm/v3/pipelines/deals" -> portal.pipelines();
            case "POST /crm/v4/associations/deals/line_items/batch/read" -> associations(body);
            case "POST /crm/v3/objects/line_items/batch/read" -> lineItems(body);
            case "POST /oauth/v2/private-apps/get/access-token-info" -> portal.tokenInfo();
            case "GET /account-info/v3/details" -> portal.account();
            default -> null;
        };
    }

    private JsonNode list(Map<String, String> query) {
        List<String> properties = Arrays.asList(query.getOrDefault("properties", "").split(","));
        int limit = Math.min(100, Integer.parseInt(query.getOrDefault("limit", "10")));
        long after = query.containsKey("after") ? Long.parseLong(query.get("after")) : Long.MIN_VALUE;
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        long last = 0;
        boolean more = false;
        for (Map.Entry<Long, Map<String, String>> deal : deals.tailMap(after, false).entrySet()) {
            if (results.size() == limit) {
                more = true;
                break;
            }
            results.add(deal(deal.getKey(), deal.getValue(), properties));
            last = deal.getKey();
        }
        if (more) {
            answer.putObject("paging").putObject("next").put("after", Long.toString(last)).put("link", url() + "crm/v3/objects/deals?after=" + last);
        }
        return answer;
    }

    private JsonNode search(JsonNode body) {
        List<String> properties = new ArrayList<>();
        body.path("properties").forEach(p -> properties.add(p.asText()));
        LoopbackSearch search = LoopbackSearch.of(body);
        List<Long> ids = search.matching(deals);
        int limit = Math.min(200, body.path("limit").asInt(10));
        int offset = body.hasNonNull("after") ? Integer.parseInt(body.get("after").asText()) : 0;
        if (offset + limit > SEARCH_CAP) {
            return error("There was a problem with the request.", "VALIDATION_ERROR");
        }
        ObjectNode answer = JSON.createObjectNode().put("total", ids.size());
        ArrayNode results = answer.putArray("results");
        ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size())).forEach(id -> results.add(deal(id, deals.get(id), properties)));
        if (offset + limit < ids.size()) {
            answer.putObject("paging").putObject("next").put("after", Integer.toString(offset + limit));
        }
        return answer;
    }

    /** A deal as the CRM API gives it: the properties asked for, null where the deal has none. */
    private static ObjectNode deal(long id, Map<String, String> p, List<String> properties) {
        ObjectNode deal = JSON.createObjectNode().put("id", Long.toString(id));
        ObjectNode props = deal.putObject("properties");
        properties.stream().filter(name -> !name.isBlank()).forEach(name -> props.put(name, p.get(name)));
        deal.put("createdAt", p.get("hs_lastmodifieddate")).put("updatedAt", p.get("hs_lastmodifieddate")).put("archived", false);
        return deal;
    }

    private JsonNode associations(JsonNode body) {
        ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
        ArrayNode results = answer.putArray("results");
        for (JsonNode input : body.path("inputs")) {
            long deal = Long.parseLong(input.path("id").asText());
            if (deals.containsKey(deal)) {
                ObjectNode result = results.addObject();
                result.putObject("from").put("id", Long.toString(deal));
                result.putArray("to").addObject().put("toObjectId", deal + LINE_ITEM_OFFSET).putArray("associationTypes").addObject()
                        .put("category", "HUBSPOT_DEFINED").put("typeId", 19).putNull("label");
            }
        }
        return answer;
    }

    private JsonNode lineItems(JsonNode body) {
        ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
        ArrayNode results = answer.putArray("results");
        for (JsonNode input : body.path("inputs")) {
            String[] item = lineItems.get(Long.parseLong(input.path("id").asText()));
            if (item != null) {
                results.addObject().put("id", input.path("id").asText()).put("archived", false).putObject("properties").put("name", item[0])
                        .put("amount", item[1]).putNull("hs_product_id");
            }
        }
        return answer;
    }

    private static ObjectNode error(String message, String category) {
        return JSON.createObjectNode().put("status", "error").put("message", message).put("correlationId", "00000000-0000-0000-0000-000000000000")
                .put("category", category);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
