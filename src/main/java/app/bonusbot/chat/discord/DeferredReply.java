package app.bonusbot.chat.discord;

import app.bonusbot.chat.OwedAnswers;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.exceptions.ParsingException;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A deferred {@code /bonus} reply as it is kept while its answer is owed ({@link OwedAnswers}): the command as typed
 * (sub-command group, sub-command, options) and the interaction's webhook, by which any bot process can fill the
 * deferred reply in ({@code PATCH webhooks/{application id}/{interaction token}/messages/@original}) for
 * {@link #ANSWERABLE_FOR} after the command. The answer's language is the caller's, as Bonusbot knows the person, so
 * it is worked out again when answering. The interaction token is a secret: {@link #toString()} leaves it out, and the
 * owed answer holding it is deleted once answered.
 */
record DeferredReply(String applicationId, String token, String group, String subcommand, Map<String, String> options) {

    /** The platform's name for deliveries and answers owed in the store. */
    static final String PLATFORM = "discord";
    /** An interaction token is valid for 15 minutes (Discord's documentation); a reply owed longer cannot be given. */
    static final Duration ANSWERABLE_FOR = Duration.ofMinutes(15);
    private static final String ORIGINAL = "messages/@original";

    DeferredReply {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The answer owed to the interaction of this id, as the store records it. */
    OwedAnswers.Owed owed(String interactionId, String userId) {
        DataObject command = DataObject.empty();
        DataObject typed = DataObject.empty();
        options.forEach(typed::put);
        command.put("options", typed);
        if (group != null) {
            command.put("group", group);
        }
        if (subcommand != null) {
            command.put("subcommand", subcommand);
        }
        return new OwedAnswers.Owed(PLATFORM, interactionId, userId, command.toString(),
                "webhooks/" + applicationId + "/" + token + "/" + ORIGINAL);
    }

    /** The reply an owed answer of Discord stands for; an IllegalArgumentException when it is not one. */
    static DeferredReply of(OwedAnswers.Owed owed) {
        String[] webhook = owed.responseUrl().split("/", -1);
        if (!PLATFORM.equals(owed.platform()) || webhook.length != 5 || !webhook[0].equals("webhooks") || webhook[1].isBlank()
                || webhook[2].isBlank() || !(webhook[3] + "/" + webhook[4]).equals(ORIGINAL)) {
            // Never the URL itself: it holds the token.
            throw new IllegalArgumentException("the answer owed for Discord interaction " + owed.deliveryId() + " has no interaction webhook");
        }
        try {
            DataObject command = DataObject.fromJson(owed.text());
            DataObject typed = command.getObject("options");
            Map<String, String> options = new LinkedHashMap<>();
            typed.keys().forEach(name -> options.put(name, typed.getString(name)));
            return new DeferredReply(webhook[1], webhook[2], command.getString("group", null), command.getString("subcommand", null), options);
        } catch (ParsingException e) {
            throw new IllegalArgumentException("the command owed an answer for Discord interaction " + owed.deliveryId() + " cannot be read");
        }
    }

    @Override
    public String toString() {
        return "DeferredReply[applicationId=" + applicationId + ", group=" + group + ", subcommand=" + subcommand + ", options=" + options.keySet() + "]";
    }
}
