package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side of {@link FakeDiscord}: a WebSocket server speaking Discord's gateway protocol in JSON without
 * compression. HELLO on connect; IDENTIFY with the bot token gets READY and then GUILD_CREATE of the fake guild;
 * heartbeats get ACKs, RESUME gets RESUMED, a member request gets a chunk. Dispatches go to the last identified session,
 * or to a session by its name: the path a client connected under ({@code ws://127.0.0.1:PORT/NAME}), so several bot
 * processes logged in to one fake can each be sent an interaction. Each session has its own sequence numbers.
 */
final class FakeDiscordGateway extends WebSocketServer {

    /** Discord's close code for a bad token in IDENTIFY. */
    static final int AUTHENTICATION_FAILED = 4004;
    static final int DECODE_ERROR = 4002;

    private final DiscordWorld world;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> received = new ArrayList<>();
    private WebSocket session;
    private final Map<WebSocket, Integer> sequences = new HashMap<>();
    /** The name each connection came under (the URL's path without its slashes; empty for none). */
    private final Map<WebSocket, String> names = new HashMap<>();
    /** The last identified (or resumed) connection of each name. */
    private final Map<String, WebSocket> byName = new HashMap<>();
    private int readySessions;

    private FakeDiscordGateway(DiscordWorld world) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.world = world;
        setReuseAddr(true);
        setDaemon(true);
    }

    static FakeDiscordGateway start(DiscordWorld world) {
        FakeDiscordGateway gateway = new FakeDiscordGateway(world);
        gateway.start();
        try {
            if (!gateway.started.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return gateway;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    /** The gateway URL under which a client's session is known by {@code name} (letters, digits and dashes). */
    String url(String name) {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("a session name is letters, digits and dashes: " + name);
        }
        return url() + name;
    }

    /** Sends a dispatch (op 0) with the next sequence number to the identified session. */
    synchronized void dispatch(String type, ObjectNode data) {
        if (session == null || !session.isOpen()) {
            throw new IllegalStateException("no JDA session is connected to the fake gateway; log in first (FakeDiscord#login)");
        }
        dispatch(session, type, data);
    }

    /** Sends a dispatch to the session that identified under {@code name}; false when it is not connected (its process died). */
    synchronized boolean dispatchTo(String name, String type, ObjectNode data) {
        WebSocket named = byName.get(name);
        if (named == null || !named.isOpen()) {
            return false;
        }
        dispatch(named, type, data);
        return true;
    }

    /** Waits until a session identified under {@code name} got READY and GUILD_CREATE. */
    synchronized void awaitReady(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (byName.get(name) == null || !byName.get(name).isOpen()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no client identified as " + name + " with the fake gateway within " + timeout + "; sessions: " + byName.keySet());
            }
            waitMillis(left);
        }
    }

    private void dispatch(WebSocket connection, String type, ObjectNode data) {
        send(connection, GatewayPayloads.dispatch(sequences.merge(connection, 1, Integer::sum), type, data));
    }

    /** Waits until READY and GUILD_CREATE went out to at least one session. */
    synchronized void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readySessions == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no client identified with the fake gateway within " + timeout + "; received: " + received);
            }
            waitMillis(left);
        }
    }

    /** Every frame clients sent, heartbeats included. */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        if (resource.contains("encoding=etf")) {
            connection.close(DECODE_ERROR, "the fake gateway speaks encoding=json only");
            return;
        }
        String path = resource.contains("?") ? resource.substring(0, resource.indexOf('?')) : resource;
        synchronized (this) {
            names.put(connection, path.replace("/", ""));
        }
        send(connection, GatewayPayloads.hello());
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        JsonNode frame;
        try {
            frame = JSON.readTree(message);
        } catch (IOException e) {
            connection.close(DECODE_ERROR, "not JSON");
            return;
        }
        synchronized (this) {
            received.add(frame);
            notifyAll();
        }
        int op = frame.path("op").asInt(-1);
        if (op == GatewayPayloads.HEARTBEAT) {
            send(connection, GatewayPayloads.frame(GatewayPayloads.HEARTBEAT_ACK, null));
        } else if (op == GatewayPayloads.IDENTIFY) {
            identify(connection, frame.path("d"));
        } else if (op == GatewayPayloads.RESUME) {
            synchronized (this) {
                identified(connection);
                dispatch(connection, "RESUMED", JSON.createObjectNode());
            }
        } else if (op == GatewayPayloads.REQUEST_GUILD_MEMBERS) {
            synchronized (this) {
                dispatch(connection, "GUILD_MEMBERS_CHUNK", GatewayPayloads.memberChunk(world, (ObjectNode) frame.path("d")));
            }
        }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        synchronized (this) {
            if (connection == session) {
                session = null;
            }
            sequences.remove(connection);
            byName.values().remove(connection);
            names.remove(connection);
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // the client sees the broken connection; the test sees what the client did (or did not) receive
    }

    private void identify(WebSocket connection, JsonNode identify) {
        if (!FakeDiscord.BOT_TOKEN.equals(identify.path("token").asText())) {
            connection.close(AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        synchronized (this) {
            identified(connection);
            sequences.put(connection, 0);
            String name = names.getOrDefault(connection, "");
            dispatch(connection, "READY", GatewayPayloads.ready(world, "fake" + world.ids.next(), name.isEmpty() ? url() : url(name)));
            dispatch(connection, "GUILD_CREATE", GatewayPayloads.guildCreate(world));
            readySessions++;
            notifyAll();
        }
    }

    private void identified(WebSocket connection) {
        session = connection;
        String name = names.getOrDefault(connection, "");
        if (!name.isEmpty()) {
            byName.put(name, connection);
        }
    }

    private static void send(WebSocket connection, ObjectNode frame) {
        try {
            connection.send(JSON.writeValueAsString(frame));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitMillis(long nanos) {
        try {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
