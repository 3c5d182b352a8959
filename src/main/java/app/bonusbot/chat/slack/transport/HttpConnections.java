package app.bonusbot.chat.slack.transport;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket of HTTP mode and its connections. Each connection gets a thread of its own that only reads:
 * the whole request, headers and body, must arrive within the read timeout, counted from the connection's accept,
 * or it is answered 408 and closed. Only a complete request reaches the handler, so clients that send half a
 * request and wait hold a cheap reading thread for a few seconds, never the pool that does the work. Open
 * connections are capped; one over the cap is answered 503 and closed at once. Every connection carries one
 * request and closes after the answer ({@code Connection: close}), so an idle connection holds nothing either.
 *
 * <p>The JDK's own HTTP server cannot do this: it reads the request line and headers on its executor with no
 * timeout but the JVM-wide {@code sun.net.httpserver.maxReqTime}, which every other server in the process shares.
 */
final class HttpConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnections.class);
    private static final int BACKLOG = 128;

    private final ServerSocket listening;
    private final Duration readTimeout;
    private final int maxBodyBytes;
    private final Function<IncomingRequest, HttpAnswer> handler;
    private final ThreadPoolExecutor readers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final InFlight answering = new InFlight();
    private volatile boolean closed;

    private HttpConnections(ServerSocket listening, Limits limits, Function<IncomingRequest, HttpAnswer> handler) {
        this.listening = listening;
        this.readTimeout = limits.readTimeout();
        this.maxBodyBytes = limits.maxBodyBytes();
        this.handler = handler;
        AtomicInteger number = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(0, limits.maxConnections(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> daemon(runnable, "slack-connection-" + number.incrementAndGet()));
    }

    /** How long a request may take to arrive, how many connections may be open, how large a body may be. */
    record Limits(Duration readTimeout, int maxConnections, int maxBodyBytes) {}

    /**
     * Listens on the address and answers each complete request with the handler, on the connection's thread.
     *
     * @throws IOException when the address cannot be listened on
     */
    static HttpConnections listen(InetSocketAddress address, Limits limits, Function<IncomingRequest, HttpAnswer> handler)
            throws IOException {
        ServerSocket listening = new ServerSocket();
        try {
            listening.bind(address, BACKLOG);
        } catch (IOException e) {
            listening.close();
            throw e;
        }
        HttpConnections connections = new HttpConnections(listening, limits, handler);
        daemon(connections::accept, "slack-http-accept").start();
        return connections;
    }

    int port() {
        return listening.getLocalPort();
    }

    /** True when no request was being answered before the timeout ran out; requests still arriving do not count. */
    boolean awaitAnswered(Duration timeout) throws InterruptedException {
        return answering.awaitIdle(timeout);
    }

    int answering() {
        return answering.count();
    }

    /** Stops listening and closes every connection, also those still sending their request. */
    @Override
    public void close() {
        closed = true;
        try {
            listening.close();
        } catch (IOException e) {
            LOG.debug("Closing the listening socket failed: {}", e.toString());
        }
        open.forEach(HttpConnections::closeQuietly);
        readers.shutdown();
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listening.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Accepting an HTTP connection failed: {}", e.toString());
                    pauseAfterFailedAccept(); // out of file descriptors, say: retrying at once would only spin
                }
                continue;
            }
            try {
                readers.execute(() -> serve(socket));
            } catch (RejectedExecutionException full) {
                if (closed) {
                    closeQuietly(socket); // accepted just as the server stopped
                    return;
                }
                LOG.warn("HTTP connection from {} refused: {} connections are open", socket.getInetAddress().getHostAddress(),
                        readers.getMaximumPoolSize());
                refuse(socket);
            }
        }
    }

    private static void pauseAfterFailedAccept() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(Socket socket) {
        open.add(socket);
        try (socket) {
            if (closed) {
                return; // close() may have gone through the open connections before this one was added
            }
            socket.setTcpNoDelay(true);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, readTimeout));
            IncomingRequest request;
            try {
                request = new HttpRequestReader(in, out, maxBodyBytes).read(socket.getInetAddress().getHostAddress());
            } catch (SocketTimeoutException slow) {
                HttpAnswer.plain(408, "The request was not complete within " + readTimeout.toSeconds() + " s\n").writeTo(out, false);
                return;
            } catch (RefusedHttpRequest refused) {
                refused.answer().writeTo(out, false);
                return;
            }
            if (request != null) {
                answer(request, out);
            }
        } catch (IOException gone) {
            LOG.debug("HTTP connection ended early: {}", gone.toString());
        } finally {
            open.remove(socket);
        }
    }

    private void answer(IncomingRequest request, OutputStream out) throws IOException {
        answering.enter();
        try {
            HttpAnswer answer;
            try {
                answer = handler.apply(request);
            } catch (RuntimeException e) {
                LOG.error("HTTP request on {} failed", request.path(), e);
                answer = HttpAnswer.plain(500, "Internal error\n");
            }
            answer.writeTo(out, "HEAD".equals(request.method()));
        } finally {
            answering.exit();
        }
    }

    private static void refuse(Socket socket) {
        try (socket) {
            HttpAnswer.plain(503, "Too many connections\n").writeTo(socket.getOutputStream(), false);
        } catch (IOException e) {
            LOG.debug("Refusing an HTTP connection failed: {}", e.toString());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing an HTTP connection failed: {}", e.toString());
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
