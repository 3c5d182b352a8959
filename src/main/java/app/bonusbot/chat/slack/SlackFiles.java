package app.bonusbot.chat.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares a file (a PNG chart, the HTML report) in a conversation with Slack's {@code files.uploadV2} flow: files.getUploadURLExternal, the bytes
 * posted to the URL it hands out, then files.completeUploadExternal into the channel. Any step that fails throws a
 * {@link SlackCallException} naming it.
 */
final class SlackFiles {

    static final String GET_UPLOAD_URL = "files.getUploadURLExternal";
    static final String COMPLETE_UPLOAD = "files.completeUploadExternal";
    static final String UPLOAD = "file upload";

    private static final Logger log = LoggerFactory.getLogger(SlackFiles.class);

    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(60);

    private final SlackApi api;
    private final HttpClient uploads = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SlackFiles(SlackApi api) {
        this.api = api;
    }

    /**
     * @param channelId a conversation id (C…, G… or D…), as chat.postMessage answers with
     * @param altText what a screen reader says for the image
     */
    void sharePng(String channelId, String fileName, String title, String altText, byte[] png) {
        share(channelId, fileName, title, altText, png, "image/png");
    }

    /**
     * @param altText what a screen reader says for an image; null for another file
     * @param contentType the file's media type, e.g. {@code text/html; charset=utf-8}
     */
    void share(String channelId, String fileName, String title, String altText, byte[] bytes, String contentType) {
        FilesGetUploadURLExternalResponse upload = api.requireOk(GET_UPLOAD_URL,
                api.call(GET_UPLOAD_URL, c -> c.filesGetUploadURLExternal(r -> r.filename(fileName).length(bytes.length).altTxt(altText))));
        if (upload.getUploadUrl() == null || upload.getFileId() == null) {
            throw new SlackCallException(GET_UPLOAD_URL, "answered ok without " + (upload.getUploadUrl() == null ? "an upload_url" : "a file_id"));
        }
        send(upload.getUploadUrl(), bytes, contentType);
        FileDetails file = FileDetails.builder().id(upload.getFileId()).title(title).build();
        api.requireOk(COMPLETE_UPLOAD, api.call(COMPLETE_UPLOAD, c -> c.filesCompleteUploadExternal(r -> r.files(List.of(file)).channelId(channelId))));
    }

    /** The upload itself goes to the URL Slack handed out, not to a Web API method. */
    private void send(String uploadUrl, byte[] bytes, String contentType) {
        HttpResponse<String> response;
        try {
            response = uploads.send(HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(UPLOAD_TIMEOUT)
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.error("{}: Slack could not be reached ({})", UPLOAD, e.getClass().getSimpleName());
            throw new SlackCallException(UPLOAD, "unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(UPLOAD, "interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            // Unlike the Web API calls, SlackApi does not see this one, so the log line is written here.
            log.error("{}: Slack answered HTTP {}", UPLOAD, response.statusCode());
            throw new SlackCallException(UPLOAD, "HTTP " + response.statusCode());
        }
    }
}
