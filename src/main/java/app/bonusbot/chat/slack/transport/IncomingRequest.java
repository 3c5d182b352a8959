package app.bonusbot.chat.slack.transport;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** An HTTP request read completely, body included, before any work on it starts. Header names ignore case. */
record IncomingRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body, String remoteAddress) {

    /** The path, or "" for a request target without one ({@code OPTIONS *}). */
    String path() {
        return uri.getPath() == null ? "" : uri.getPath();
    }

    /** The header's first value, or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
