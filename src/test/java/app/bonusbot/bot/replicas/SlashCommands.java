package app.bonusbot.bot.replicas;

import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.chat.slack.SlashCommandForm;
import app.bonusbot.chat.slack.transport.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /bonus} as Slack posts it to a bot in HTTP mode: the form body with a response URL on the fake Slack and a
 * trigger id of its own, signed with the signing secret. Sends the original, a retry (the same payload signed again
 * with Slack's {@code X-Slack-Retry-Num}) and a replay (the very same signed request again).
 */
public final class SlashCommands {

    /** One command: its response URL's id at the fake, and the signed request as first sent. */
    public record Command(String id, SignedRequest original) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final FakeSlackApi slack;
    private final String signingSecret;

    public SlashCommands(FakeSlackApi slack, String signingSecret) {
        this.slack = slack;
        this.signingSecret = signingSecret;
    }

    /** {@code /bonus TEXT} from a Slack user; the id names its response URL and trigger id. */
    public Command command(String id, String userId, String text) {
        String body = SlashCommandForm.body(userId, userId.toLowerCase(), text, slack.responseUrl(id), "13345224609." + id + ".8088930838d88f008e0");
        return new Command(id, SignedRequest.form(body, signingSecret, Instant.now()));
    }

    /** Posts the command as first sent; the HTTP status, or 0 when the process did not answer (it is gone). */
    public int send(Command command, URI replica) {
        return post(command.original(), replica);
    }

    /**
     * Slack's retry of the command: the same payload, signed anew, with X-Slack-Retry-Num. Slack retries seconds after
     * the original at the earliest, so the retry's timestamp (whole seconds) is a later one than the original's: signed
     * within the same second, it would be the very same signature, a replay.
     */
    int retry(Command command, int number, URI replica) {
        SignedRequest again = SignedRequest.form(command.original().body(), signingSecret, Instant.now().plusSeconds(number)).asRetry(number);
        return post(again, replica);
    }

    /** The very same signed request once more, as someone who captured it would send it. */
    int replay(Command command, URI replica) {
        return post(command.original(), replica);
    }

    private static int post(SignedRequest request, URI replica) {
        try {
            return HTTP.send(request.to(replica), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
