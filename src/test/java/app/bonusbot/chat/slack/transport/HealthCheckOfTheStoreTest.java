package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.store.Database;
import app.bonusbot.store.OwnPostgres;
import app.bonusbot.store.StoreProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load balancer's {@code GET /health} of a replica whose PostgreSQL goes away: 503 while the store cannot be
 * reached, so that traffic goes to the replicas that can answer, and 200 again once it is back. A real server of this
 * test's own, really stopped.
 */
@Timeout(180)
class HealthCheckOfTheStoreTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private OwnPostgres postgres;
    private Database store;
    private LoopbackWebApi webApi;
    private RecordingBonusApp bonus;
    private SlackHttpServer server;

    @BeforeEach
    void a_server_in_http_mode_on_a_postgresql_of_its_own() throws IOException {
        postgres = OwnPostgres.start();
        store = Database.open(postgres.address(), Clock.systemUTC());
        webApi = new LoopbackWebApi();
        bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config());
        server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET, new InetSocketAddress("127.0.0.1", 0), null,
                SharedDeliveries.THIS_PROCESS_ONLY, new StoreProbe(store));
        server.start();
    }

    @AfterEach
    void stop_everything() {
        server.close();
        bonus.close();
        webApi.close();
        store.close();
        postgres.close();
    }

    @Test
    void health_is_503_while_the_store_is_down_and_200_once_it_is_back() throws Exception {
        // GIVEN a healthy replica
        assertEquals("200 ok\n", health());

        // WHEN its PostgreSQL stops
        postgres.stop();

        // THEN the health check says so within a moment
        assertEquals("503 store unreachable\n", healthOnceItIsNot("200 ok\n"));

        // and once the server is back, the replica is healthy again
        postgres.startAgain();
        assertEquals("200 ok\n", healthOnceItIsNot("503 store unreachable\n"));
    }

    private String health() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.HEALTH_PATH))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() + " " + response.body();
    }

    /** The health check's answer once it differs from {@code was} (probes run at most once a second), or {@code was} at the end of patience. */
    private String healthOnceItIsNot(String was) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String now = health();
        while (now.equals(was) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            now = health();
        }
        return now;
    }
}
