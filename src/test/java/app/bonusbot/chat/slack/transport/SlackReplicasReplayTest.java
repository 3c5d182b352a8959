package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.bot.StoreDeliveries;
import app.bonusbot.store.Database;
import app.bonusbot.store.DeliveriesSeen;
import app.bonusbot.store.OnBothStores;
import app.bonusbot.store.StoreKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Two bot replicas in HTTP mode, each its own Bolt App, server and store connection, on one shared store: a captured
 * request sent again to the other replica within Slack's 5-minute window is refused there too.
 */
@OnBothStores
class SlackReplicasReplayTest {

    private static final String SECRET = RecordingBonusApp.SIGNING_SECRET;

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private LoopbackWebApi webApi;
    private Replica first;
    private Replica second;

    /** One bot process: its own app and server, its own connection to the shared store. */
    private record Replica(RecordingBonusApp bonus, SlackHttpServer server) {}

    private Replica replica() {
        Database db = Database.open(kind.address(dir), Clock.systemUTC());
        opened.add(db::close);
        RecordingBonusApp bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config());
        opened.add(bonus);
        SlackHttpServer server = new SlackHttpServer(bonus.app(), SECRET, new InetSocketAddress("127.0.0.1", 0), null,
                new StoreDeliveries(new DeliveriesSeen(db)), () -> true);
        server.start();
        opened.add(0, server::close);
        return new Replica(bonus, server);
    }

    @BeforeEach
    void two_replicas_on_one_store() throws IOException {
        webApi = new LoopbackWebApi();
        first = replica();
        second = replica();
    }

    @AfterEach
    void stop_everything() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        webApi.close();
    }

    private HttpResponse<String> post(Replica replica, SignedRequest request) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + replica.server().port() + SlackHttpServer.EVENTS_PATH);
        return http.send(request.to(uri), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_request_replayed_to_another_replica_is_refused_there_and_the_command_ran_once() throws Exception {
        // given a genuine /bonus command answered by the first replica
        SignedRequest command = SignedRequest.form(SlackHttpServerTest.SLASH_COMMAND, SECRET, Instant.now());
        assertEquals(200, post(first, command).statusCode());
        // when the captured request is sent again, within the 5 minutes, to the second replica
        HttpResponse<String> replayed = post(second, command);
        // then the second refuses it as the first would have, and the command ran once in all
        assertEquals(401, replayed.statusCode(), replayed.body());
        assertEquals("{\"error\":\"replayed request\"}", replayed.body());
        assertEquals(1, first.bonus().commands.size() + second.bonus().commands.size());
    }

    @Test
    void a_forged_request_refused_by_one_replica_does_not_block_the_genuine_one_at_another() throws Exception {
        // given an attacker sent a genuine signature with another body to the first replica, and Bolt refused it there
        SignedRequest genuine = SignedRequest.form(SlackHttpServerTest.SLASH_COMMAND, SECRET, Instant.now());
        SignedRequest forged = genuine.withBody(SlackHttpServerTest.SLASH_COMMAND.replace("text=status", "text=admin+status+mette.lund"));
        assertEquals(401, post(first, forged).statusCode());
        // when the genuine request reaches the second replica
        HttpResponse<String> response = post(second, genuine);
        // then it is answered: the refused signature was released in the store
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("status"), second.bonus().commands.stream().map(RecordingBonusApp.Command::text).toList());
        assertEquals(List.of(), first.bonus().commands);
    }

    @Test
    void slacks_own_retry_carries_a_new_signature_and_is_not_refused_as_a_replay_by_another_replica() throws Exception {
        // given a command answered by the first replica
        assertEquals(200, post(first, SignedRequest.form(SlackHttpServerTest.SLASH_COMMAND, SECRET, Instant.now())).statusCode());
        // when Slack signs the next request a second later and it reaches the second replica
        HttpResponse<String> next = post(second, SignedRequest.form(SlackHttpServerTest.SLASH_COMMAND, SECRET, Instant.now().plusSeconds(1)));
        // then
        assertEquals(200, next.statusCode(), next.body());
    }
}
