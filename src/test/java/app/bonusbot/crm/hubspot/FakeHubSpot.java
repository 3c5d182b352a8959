package app.bonusbot.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback stand-in for HubSpot's API, serving the documented JSON shapes: CRM v3 deals (list with {@code after}
 * paging and {@code archived}, search with filter groups, sorts and its 10,000-result cap), owners, deal pipelines,
 * v4 associations to line items, line items in batches, the private app's token info and the account details. Every
 * answer carries the rate-limit headers; answers can be made to fail first (429 with Retry-After, 5xx).
 *
 * <p>Deals modified in the same millisecond come back from a search sorted on the modified time in an order that is
 * not their id order, as HubSpot promises no order among equals.
 */
public final class FakeHubSpot implements AutoCloseable {

    public static final String TOKEN = "pat-eu1-00000000-fake-token-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Map<String, String>> deals = new LinkedHashMap<>();
    private final Map<String, Boolean> archived = new HashMap<>();
    private final List<String[]> owners = new ArrayList<>();
    private final Map<String, List<String>> lineItemsOfDeal = new HashMap<>();
    private final Map<String, String[]> lineItems = new HashMap<>();
    private final List<String> scopes = new ArrayList<>(List.of("crm.objects.deals.read", "crm.objects.owners.read", "crm.objects.line_items.read"));
    private final Deque<Failure> failures = new ArrayDeque<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong dailyRemaining = new AtomicLong(250_000);

    private record Failure(Predicate<String> path, int status, String retryAfter, String message) {}

    /** Requests containing this text wait for {@link #release}; null: none waits. */
    private volatile String stallOn;
    private final CountDownLatch released = new CountDownLatch(1);

    public FakeHubSpot() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // A stalled request must not hold up the others (the stalled client is killed and another reads on).
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A connection for tests: short waits, limits that never slow a test, no look-back unless asked. */
    HubSpotConnection connection(Duration lookback) {
        return new HubSpotConnection(url(), TOKEN, 4, Duration.ofMillis(5), Duration.ofMillis(50), 100_000, 100_000, lookback, Duration.ofMinutes(10));
    }

    public Map<String, String> environment() {
        return Map.of(HubSpotConnection.TOKEN_VARIABLE, TOKEN, HubSpotConnection.URL_VARIABLE, url().toString());
    }

    /** Now, as HubSpot stamps a change: the wall clock's millisecond, or one after the previous change's. */
    synchronized long tick() {
        return clock.updateAndGet(previous -> Math.max(previous + 1, System.currentTimeMillis()));
    }

    public synchronized void owner(String id, String email, String first, String last) {
        owners.add(new String[] {id, email, first, last});
    }

    /** Creates or changes a deal, stamping it modified now (a millisecond after the previous change). */
    public synchronized void deal(String id, String... propertyPairs) {
        dealModifiedAt(tick(), id, propertyPairs);
    }

    synchronized void dealModifiedAt(long modifiedMs, String id, String... propertyPairs) {
        Map<String, String> props = deals.computeIfAbsent(id, k -> new HashMap<>());
        for (int i = 0; i < propertyPairs.length; i += 2) {
            props.put(propertyPairs[i], propertyPairs[i + 1]);
        }
        props.put("hs_object_id", id);
        props.put("hs_lastmodifieddate", java.time.Instant.ofEpochMilli(modifiedMs).toString());
        archived.put(id, false);
    }

    /** Archives a deal, as deleting it in HubSpot does. */
    public synchronized void delete(String id) {
        archived.put(id, true);
    }

    /** Merges {@code absorbed} into {@code survivor}: the absorbed deal is gone, the survivor lists it and is modified. */
    synchronized void merge(String survivor, String absorbed) {
        deals.remove(absorbed);
        archived.remove(absorbed);
        String before = deals.get(survivor).get("hs_merged_object_ids");
        deal(survivor, "hs_merged_object_ids", before == null ? absorbed : before + ";" + absorbed);
    }

    synchronized void lineItem(String dealId, String itemId, String name, String amount) {
        lineItemsOfDeal.computeIfAbsent(dealId, k -> new ArrayList<>()).add(itemId);
        lineItems.put(itemId, new String[] {name, amount});
    }

    synchronized void withoutScope(String scope) {
        scopes.remove(scope);
    }

    /** The next {@code count} requests whose path starts with {@code prefix} get this status. */
    synchronized void failNext(String prefix, int count, int status, String retryAfter, String message) {
        for (int i = 0; i < count; i++) {
            failures.add(new Failure(p -> p.startsWith(prefix), status, retryAfter, message));
        }
    }

    /**
     * Requests whose method, path and query contain {@code text} get no answer until {@link #release}: the client
     * stays waiting for it, e.g. a process to be killed between two pages.
     */
    public void stallOn(String text) {
        stallOn = text;
    }

    /** Ends the stall: the stalled requests get no answer (their client is gone), later ones are answered. */
    public void release() {
        stallOn = null;
        released.countDown();
    }

    /** The requests received so far, as {@code METHOD path?query}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    long count(String prefix) {
        return requests.stream().filter(r -> r.startsWith(prefix)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String line = method + " " + path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(line);
        String stalling = stallOn;
        if (stalling != null && line.contains(stalling)) {
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("X-HubSpot-RateLimit-Daily", "250000");
        exchange.getResponseHeaders().add("X-HubSpot-RateLimit-Daily-Remaining", Long.toString(dailyRemaining.decrementAndGet()));
        exchange.getResponseHeaders().add("X-HubSpot-RateLimit-Interval-Milliseconds", "10000");
        exchange.getResponseHeaders().add("X-HubSpot-RateLimit-Max", "100");
        exchange.getResponseHeaders().add("X-HubSpot-RateLimit-Remaining", "99");
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, error("Authentication credentials not found."));
            return;
        }
        Failure failure;
        synchronized (this) {
            failure = failures.stream().filter(f -> f.path().test(path)).findFirst().orElse(null);
            failures.remove(failure);
        }
        if (failure != null) {
            if (failure.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
            }
            send(exchange, failure.status(), error(failure.message()));
            return;
        }
        try {
            JsonNode answer = answer(method, path, query(exchange.getRequestURI().getRawQuery()), body.isEmpty() ? null : JSON.readTree(body));
            if (answer == null) {
                send(exchange, 404, error("not found: " + path));
            } else if (answer.has("status") && "error".equals(answer.get("status").asText())) {
                send(exchange, 400, answer);
            } else {
                send(exchange, 200, answer);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, error(String.valueOf(e)));
        }
    }

    private synchronized JsonNode answer(String method, String path, Map<String, String> query, JsonNode body) {
        if (method.equals("GET") && path.equals("/crm/v3/objects/deals")) {
            boolean wantArchived = Boolean.parseBoolean(query.getOrDefault("archived", "false"));
            List<String> ids = deals.keySet().stream().filter(id -> archived.get(id) == wantArchived).sorted(byNumber()).toList();
            return paged(ids, query.get("after"), Integer.parseInt(query.getOrDefault("limit", "10")), wantArchived);
        }
        if (method.equals("POST") && path.equals("/crm/v3/objects/deals/search")) {
            return search(body);
        }
        if (method.equals("GET") && path.equals("/crm/v3/owners")) {
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode results = answer.putArray("results");
            for (String[] o : owners) {
                results.addObject().put("id", o[0]).put("email", o[1]).put("firstName", o[2]).put("lastName", o[3]).put("userId", 1).put("archived", false);
            }
            return answer;
        }
        if (method.equals("GET") && path.equals("/crm/v3/pipelines/deals")) {
            ObjectNode answer = JSON.createObjectNode();
            ObjectNode pipeline = answer.putArray("results").addObject().put("id", "default").put("label", "Sales Pipeline").put("displayOrder", 0);
            ArrayNode stages = pipeline.putArray("stages");
            stage(stages, "appointmentscheduled", "Appointment scheduled", false, "0.2");
            stage(stages, "contractsent", "Contract sent", false, "0.9");
            stage(stages, "closedwon", "Closed won", true, "1.0");
            stage(stages, "closedlost", "Closed lost", true, "0.0");
            stage(stages, "7001", "Signed, awaiting payment", true, "1.0");
            stage(stages, "7002", "On hold", true, "0.5");
            ObjectNode renewals = ((ArrayNode) answer.get("results")).addObject().put("id", "renewals").put("label", "Renewals").put("displayOrder", 1);
            stage(renewals.putArray("stages"), "8001", "Renewed", true, "1.0");
            return answer;
        }
        if (method.equals("POST") && path.equals("/crm/v4/associations/deals/line_items/batch/read")) {
            ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
            ArrayNode results = answer.putArray("results");
            for (JsonNode input : body.path("inputs")) {
                List<String> items = lineItemsOfDeal.get(input.path("id").asText());
                if (items != null) {
                    ObjectNode result = results.addObject();
                    result.putObject("from").put("id", input.path("id").asText());
                    ArrayNode to = result.putArray("to");
                    items.forEach(i -> to.addObject().put("toObjectId", i).putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED")
                            .put("typeId", 19));
                }
            }
            return answer;
        }
        if (method.equals("POST") && path.equals("/crm/v3/objects/line_items/batch/read")) {
            ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
            ArrayNode results = answer.putArray("results");
            for (JsonNode input : body.path("inputs")) {
                String[] item = lineItems.get(input.path("id").asText());
                if (item != null) {
                    results.addObject().put("id", input.path("id").asText()).putObject("properties").put("name", item[0]).put("amount", item[1]);
                }
            }
            return answer;
        }
        if (method.equals("POST") && path.equals("/oauth/v2/private-apps/get/access-token-info")) {
            ObjectNode answer = JSON.createObjectNode().put("userId", 123).put("hubId", 4711).put("appId", 99);
            ArrayNode s = answer.putArray("scopes");
            scopes.forEach(s::add);
            return answer;
        }
        if (method.equals("GET") && path.equals("/account-info/v3/details")) {
            return JSON.createObjectNode().put("portalId", 4711).put("accountType", "STANDARD").put("timeZone", "Europe/Copenhagen")
                    .put("companyCurrency", "DKK").put("uiDomain", "app-eu1.hubspot.com").put("dataHostingLocation", "eu1");
        }
        return null;
    }

    private JsonNode search(JsonNode body) {
        List<String> ids = new ArrayList<>();
        for (String id : deals.keySet()) {
            if (archived.get(id)) {
                continue;
            }
            boolean any = false;
            for (JsonNode group : body.path("filterGroups")) {
                boolean all = true;
                for (JsonNode f : group.path("filters")) {
                    all &= matches(deals.get(id), f);
                }
                any |= all;
            }
            if (any || body.path("filterGroups").isEmpty()) {
                ids.add(id);
            }
        }
        String sortProperty = body.path("sorts").path(0).path("propertyName").asText("hs_object_id");
        // Equal modified times in an order that is not the id order: HubSpot promises none.
        Comparator<String> order = sortProperty.equals("hs_lastmodifieddate")
                ? Comparator.<String>comparingLong(id -> modified(deals.get(id))).thenComparing(id -> Integer.toHexString(id.hashCode() * 31 + 7))
                : byNumber();
        ids.sort(order);
        int limit = body.path("limit").asInt(10);
        int offset = body.hasNonNull("after") ? Integer.parseInt(body.get("after").asText()) : 0;
        if (offset + limit > 10_000) {
            return JSON.createObjectNode().put("status", "error").put("message", "There was a problem with the request.")
                    .put("category", "VALIDATION_ERROR");
        }
        ObjectNode answer = (ObjectNode) paged(ids, body.hasNonNull("after") ? body.get("after").asText() : null, limit, false);
        answer.put("total", ids.size());
        return answer;
    }

    private boolean matches(Map<String, String> deal, JsonNode filter) {
        String property = filter.path("propertyName").asText();
        long value = Long.parseLong(filter.path("value").asText());
        long actual = property.equals("hs_lastmodifieddate") ? modified(deal) : Long.parseLong(deal.get(property));
        return switch (filter.path("operator").asText()) {
            case "GT" -> actual > value;
            case "GTE" -> actual >= value;
            case "EQ" -> actual == value;
            case "LT" -> actual < value;
            case "LTE" -> actual <= value;
            default -> throw new IllegalArgumentException("operator " + filter.path("operator").asText());
        };
    }

    private static long modified(Map<String, String> deal) {
        return java.time.Instant.parse(deal.get("hs_lastmodifieddate")).toEpochMilli();
    }

    private JsonNode paged(List<String> ids, String after, int limit, boolean wantArchived) {
        int from = after == null ? 0 : Integer.parseInt(after);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String id : ids.subList(Math.min(from, ids.size()), Math.min(from + limit, ids.size()))) {
            ObjectNode d = results.addObject().put("id", id).put("archived", wantArchived);
            ObjectNode props = d.putObject("properties");
            deals.get(id).forEach(props::put);
            d.put("createdAt", deals.get(id).get("hs_lastmodifieddate")).put("updatedAt", deals.get(id).get("hs_lastmodifieddate"));
            if (wantArchived) {
                d.put("archivedAt", deals.get(id).get("hs_lastmodifieddate"));
            }
        }
        if (from + limit < ids.size()) {
            answer.putObject("paging").putObject("next").put("after", Integer.toString(from + limit)).put("link", "?after=" + (from + limit));
        }
        return answer;
    }

    private static void stage(ArrayNode stages, String id, String label, boolean closed, String probability) {
        ObjectNode stage = stages.addObject().put("id", id).put("label", label).put("displayOrder", stages.size()).put("archived", false);
        stage.putObject("metadata").put("isClosed", Boolean.toString(closed)).put("probability", probability);
    }

    private static Comparator<String> byNumber() {
        return Comparator.comparingLong(Long::parseLong);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("status", "error").put("message", message).put("correlationId", "00000000-0000-0000-0000-000000000000")
                .put("category", "RATE_LIMITS");
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

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
