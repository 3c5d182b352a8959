package app.bonusbot.chat.slack.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A socket's input that ends at a fixed deadline: each read waits at most the time left until then, so a client
 * trickling a byte now and then cannot stretch a request past it (a plain read timeout restarts with every byte).
 * Past the deadline every read throws {@link SocketTimeoutException}.
 */
final class DeadlineInputStream extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private final long deadlineNanos;

    DeadlineInputStream(Socket socket, Duration timeout) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            throw new SocketTimeoutException("the request was not complete in time");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
        return in.read(buffer, offset, length);
    }
}
