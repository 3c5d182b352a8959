package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.FakeDiscord.APPLICATION_ID;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Which recorded requests {@link FakeDiscord}'s views show: accepted ones (2xx) of one route. */
final class RequestFilters {

    private RequestFilters() {}

    /** Callbacks of one interaction, or of all when {@code interaction} is null. */
    static Predicate<RecordedRequest> callback(Interaction interaction) {
        String id = interaction == null ? "\\d+" : interaction.id();
        return r -> r.succeeded() && r.is("POST", "interactions/" + id + "/[^/]+/callback");
    }

    static Predicate<RecordedRequest> originalEdit(String token) {
        return r -> r.succeeded() && r.is("PATCH", "webhooks/" + APPLICATION_ID + "/" + Pattern.quote(token) + "/messages/@original");
    }

    static Predicate<RecordedRequest> followup(String token) {
        return r -> r.succeeded() && r.is("POST", "webhooks/" + APPLICATION_ID + "/" + Pattern.quote(token));
    }

    static Predicate<RecordedRequest> channelMessage(String channelId) {
        return r -> r.succeeded() && r.is("POST", "channels/" + Pattern.quote(channelId) + "/messages");
    }
}
