package app.bonusbot.chat.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An interaction callback ({@code POST interactions/{id}/{token}/callback}): how the bot first answered.
 *
 * @param type 4 reply, 5 deferred reply ("thinking"), 6 deferred update, 7 update of the component's message, 8 autocomplete
 *     choices, 9 modal
 * @param data the callback's {@code data} (message fields, or a modal), missing for a bare defer
 */
public record Callback(String interactionId, String token, int type, JsonNode data, List<UploadedFile> files, RecordedRequest request) {

    public static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    public static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    public static final int DEFERRED_UPDATE_MESSAGE = 6;
    public static final int UPDATE_MESSAGE = 7;
    public static final int APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8;
    public static final int MODAL = 9;

    static Callback of(RecordedRequest request) {
        JsonNode json = request.json();
        return new Callback(request.segment(1), request.segment(2), json.path("type").asInt(), json.path("data"), request.files(), request);
    }

    public int flags() {
        return data.path("flags").asInt();
    }

    /** Whether only the user who interacted sees the answer (flag 64). */
    public boolean ephemeral() {
        return (flags() & 64) != 0;
    }
}
