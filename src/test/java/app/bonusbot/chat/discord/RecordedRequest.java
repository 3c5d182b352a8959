package app.bonusbot.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One REST request as it reached {@link FakeDiscord}, with the answer it got.
 *
 * @param path the path below the API base, without query, e.g. {@code channels/1250000000000000200/messages}
 * @param query the raw query string, or null, e.g. {@code wait=true}
 * @param headers header names in lower case
 * @param status the HTTP status the fake answered with
 * @param responseBody the JSON the fake answered with, empty for 204
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String contentType,
        byte[] body, int status, String responseBody) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the method matches and the path matches a regular expression, e.g. {@code "channels/\\d+/messages"}. */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    /** A path segment: for {@code interactions/ID/TOKEN/callback}, 1 is the id and 2 the token. */
    public String segment(int index) {
        return path.split("/")[index];
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isMultipart() {
        return MultipartBody.isMultipart(contentType);
    }

    /** The JSON the client sent: the body, or a multipart body's {@code payload_json}; an empty object if none. */
    public JsonNode json() {
        if (isMultipart()) {
            return MultipartBody.parts(contentType, body).stream()
                    .filter(part -> "payload_json".equals(part.field()))
                    .map(part -> parse(part.text()))
                    .findFirst()
                    .orElseGet(JSON::createObjectNode);
        }
        return body.length == 0 ? JSON.createObjectNode() : parse(bodyText());
    }

    /** The files of a multipart body (parts with a file name), in order. */
    public List<UploadedFile> files() {
        return isMultipart() ? MultipartBody.parts(contentType, body).stream().filter(part -> part.filename() != null).toList() : List.of();
    }

    public JsonNode responseJson() {
        return responseBody.isEmpty() ? JSON.createObjectNode() : parse(responseBody);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
