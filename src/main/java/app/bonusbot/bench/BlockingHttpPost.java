package app.bonusbot.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP-mode run's client: one POST on a connection of its own ({@code Connection: close}, as the bot's server
 * answers), blocking on the calling thread, the answer read up to its {@code Content-Length}. The load generator runs
 * in the measured process, so its own CPU is taken from the bot: the JDK's {@code HttpClient} spent about 0.5 ms of
 * CPU per request (its selector thread, executor hand-offs and futures), more than the bot's whole ack path, while
 * Slack's real requests cost this machine nothing. The floor is measured with this client too.
 */
final class BlockingHttpPost {

    private static final int MAX_LINE = 8 * 1024;

    private BlockingHttpPost() {}

    /** The answer's status code; its body is read and dropped. */
    static int post(URI uri, Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
        StringBuilder head = new StringBuilder(512).append("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request); // one write, one segment: headers and body together
            out.flush();
            return readAnswer(new BufferedInputStream(socket.getInputStream(), 1024));
        }
    }

    private static int readAnswer(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                length = Long.parseLong(header.substring(colon + 1).trim());
            }
        }
        if (length >= 0) {
            in.skipNBytes(length);
        } else {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("the server closed the connection in the middle of its answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
            if (line.length() > MAX_LINE) {
                throw new IOException("an answer line longer than " + MAX_LINE + " bytes");
            }
        }
        return line.toString();
    }
}
