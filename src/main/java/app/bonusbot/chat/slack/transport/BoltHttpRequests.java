package app.bonusbot.chat.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Turns an HTTP request into Bolt's {@link Request} exactly as Bolt's own servlet adapter does, keeping the raw body
 * so that Bolt's {@code RequestVerification} checks the signature over the bytes Slack signed. The start-up probe and
 * the events endpoint share this, so the probe checks the path requests really take.
 */
final class BoltHttpRequests {

    private final SlackRequestParser parser;

    BoltHttpRequests(App app) {
        this.parser = new SlackRequestParser(app.config());
    }

    /** Null when the body is none of Slack's request kinds. */
    Request<?> parse(URI uri, Map<String, List<String>> headers, String body, String remoteAddress) {
        return parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(uri.getPath())
                .queryString(QueryStringParser.toMap(uri.getRawQuery()))
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(remoteAddress)
                .build());
    }
}
