package app.bonusbot.chat.slack.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One HTTP response as HTTP mode sends it: always with its length and {@code Connection: close}, since every
 * connection carries one request (see {@link HttpConnections}).
 */
record HttpAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    /** Set by {@link #writeTo} itself; copies from the app's response would contradict it. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    HttpAnswer {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
    }

    /** A short text answer of the transport itself (404, 405, 408, 413, health), not of the Slack app. */
    static HttpAnswer plain(int status, String text) {
        return new HttpAnswer(status, Map.of("Content-Type", List.of("text/plain; charset=utf-8")), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A status alone, for callers that must not be told why (HubSpot's webhooks). */
    static HttpAnswer bodiless(int status) {
        return new HttpAnswer(status, Map.of(), new byte[0]);
    }

    HttpAnswer withHeader(String name, String value) {
        Map<String, List<String>> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        more.putAll(headers);
        List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
        values.add(value);
        more.put(name, values);
        return new HttpAnswer(status, more, body);
    }

    /** Writes the answer; for a HEAD request without the body, which the length still describes. */
    void writeTo(OutputStream out, boolean headRequest) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, values) -> {
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> head.append(name).append(": ").append(value.replace('\r', ' ').replace('\n', ' ')).append("\r\n"));
            }
        });
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headRequest) {
            out.write(body);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "";
        };
    }
}
