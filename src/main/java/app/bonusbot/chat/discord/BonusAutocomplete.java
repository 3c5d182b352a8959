package app.bonusbot.chat.discord;

import app.bonusbot.core.command.OptionSuggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions for the options of {@code /bonus} as they are typed (Discord's autocomplete), from
 * {@link OptionSuggestions} for the caller. Discord wants them within three seconds and cannot be told to wait, so
 * they are worked out and sent at once; when that fails, none are offered and whatever is typed still goes to the
 * command. Logs name the Discord user, the sub-command and the option, never what was typed.
 */
public final class BonusAutocomplete extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(BonusAutocomplete.class);

    private final OptionSuggestions suggestions;
    private final DiscordPeople people;

    public BonusAutocomplete(OptionSuggestions suggestions, DiscordPeople people) {
        this.suggestions = suggestions;
        this.people = people;
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!BonusCommandData.NAME.equals(event.getName())) {
            return;
        }
        String userId = event.getUser().getId();
        String path = BonusCommandData.path(event.getSubcommandGroup(), event.getSubcommandName());
        AutoCompleteQuery focused = event.getFocusedOption();
        List<Command.Choice> choices;
        try {
            String personId = people.personId(userId).orElse(null);
            choices = suggestions.suggest(personId, path, focused.getName(), focused.getValue(), given(event.getOptions(), focused.getName()))
                    .stream().map(s -> new Command.Choice(s.name(), s.value())).toList();
        } catch (RuntimeException e) {
            log.error("Suggestions for {} of /bonus {} from Discord user {} failed; none offered", focused.getName(), path, userId, e);
            choices = List.of();
        }
        event.replyChoices(choices).queue(null, failure -> log.warn("Suggestions for {} of /bonus {} from Discord user {} were not"
                + " delivered ({})", focused.getName(), path, userId, describe(failure)));
    }

    /** The other options as given so far; the one being typed is not finished. */
    private static Map<String, String> given(List<OptionMapping> options, String focused) {
        Map<String, String> given = new LinkedHashMap<>();
        for (OptionMapping option : options) {
            if (!option.getName().equals(focused)) {
                given.put(option.getName(), option.getAsString());
            }
        }
        return given;
    }

    /** Discord's error code, or the kind of failure: never a message that might carry an interaction token. */
    private static String describe(Throwable failure) {
        if (failure instanceof ErrorResponseException e) {
            return e.getErrorCode() + " " + e.getErrorResponse();
        }
        return failure.getClass().getSimpleName();
    }
}
