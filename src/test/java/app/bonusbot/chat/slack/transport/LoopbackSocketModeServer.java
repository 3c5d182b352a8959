package app.bonusbot.chat.slack.transport;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback stand-in for Slack's Socket Mode endpoint (as Bolt's MockSocketMode): greets every connection with
 * Slack's {@code hello} message, then sends the envelopes a test queues; collects what the bot sends back.
 */
public final class LoopbackSocketModeServer extends WebSocketServer implements AutoCloseable {

    static final String HELLO = "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"applink-bonusbot-test\",\"build_number\":1,\"approximate_connection_time\":18060},"
            + "\"connection_info\":{\"app_id\":\"A0001\"}}";

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> connectedOn = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    private final String[] envelopes;
    private final CountDownLatch started = new CountDownLatch(1);

    public LoopbackSocketModeServer(String... envelopes) {
        this(0, envelopes);
    }

    /** On a port of the test's choice (0: any free one), so that its URL is known before it listens. */
    public LoopbackSocketModeServer(int port, String... envelopes) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.envelopes = envelopes;
        setReuseAddr(true);
    }

    /** Starts and waits until it listens. */
    public LoopbackSocketModeServer listening() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the WebSocket stand-in did not start");
        }
        return this;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=bonusbot-test";
    }

    /** The next text message from the bot, or null after the timeout. */
    public String nextReceived(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    /** The path of the next connection, or null after the timeout. */
    public String nextConnection(long seconds) throws InterruptedException {
        return connectedOn.poll(seconds, TimeUnit.SECONDS);
    }

    /** The close code of the next connection to close (1000: closed cleanly by the bot), or null after the timeout. */
    public Integer nextClose(long seconds) throws InterruptedException {
        return closeCodes.poll(seconds, TimeUnit.SECONDS);
    }

    /** Drops every open connection without a close handshake, as a network failure would. */
    public void dropConnections() {
        getConnections().forEach(c -> c.closeConnection(1006, "dropped"));
    }

    /** Sends a message to every open connection, e.g. Slack's {@code disconnect}. */
    public void sendToAll(String message) {
        getConnections().forEach(c -> c.send(message));
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        connectedOn.add(handshake.getResourceDescriptor());
        connection.send(HELLO);
        for (String envelope : envelopes) {
            connection.send(envelope);
        }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        closeCodes.add(code);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        received.add("error: " + e);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
