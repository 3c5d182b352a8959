package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.GHOST;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.bonusbot.core.command.OptionSuggestions;
import app.bonusbot.core.company.Company;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** Suggestions for {@code /bonus} options from mocked JDA autocomplete interactions into the real suggestions and store. */
class BonusAutocompleteTest {

    /** Ida Mortensen of the renewals team, in bot-config/people.yaml. */
    private static final String IDA = "700000000000000401";

    @TempDir
    Path dir;

    private DiscordTestBed bed;

    @BeforeEach
    void the_demo_company() {
        bed = DiscordTestBed.open(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private BonusAutocomplete listener(Supplier<Company> company) {
        OptionSuggestions suggestions = new OptionSuggestions(company, bed.application.surveys(),
                bed.application.config().dealMapping().dealTypes().values(), bed.application.clock());
        return new BonusAutocomplete(suggestions, bed.people());
    }

    private BonusAutocomplete listener() {
        return listener(bed.application::company);
    }

    /** An autocomplete interaction as JDA hands it over, its reply recorded. */
    private static final class Typing {
        final CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        final AutoCompleteCallbackAction reply = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);

        /** @param options the options so far, the last one being typed */
        Typing(String command, String userId, String path, Map<String, String> options) {
            User user = mock(User.class);
            when(user.getId()).thenReturn(userId);
            String[] parts = path.split(" ");
            when(event.getName()).thenReturn(command);
            when(event.getUser()).thenReturn(user);
            when(event.getSubcommandGroup()).thenReturn(parts.length == 2 ? parts[0] : null);
            when(event.getSubcommandName()).thenReturn(parts[parts.length - 1]);
            List<OptionMapping> mappings = new ArrayList<>();
            String focused = null;
            for (Map.Entry<String, String> option : options.entrySet()) {
                OptionMapping mapping = mock(OptionMapping.class);
                when(mapping.getName()).thenReturn(option.getKey());
                when(mapping.getAsString()).thenReturn(option.getValue());
                when(mapping.getType()).thenReturn(OptionType.STRING);
                mappings.add(mapping);
                focused = option.getKey();
            }
            AutoCompleteQuery query = mock(AutoCompleteQuery.class);
            when(query.getName()).thenReturn(focused);
            when(query.getValue()).thenReturn(options.get(focused));
            when(query.getType()).thenReturn(OptionType.STRING);
            when(event.getOptions()).thenReturn(mappings);
            when(event.getFocusedOption()).thenReturn(query);
            when(event.replyChoices(anyCollection())).thenReturn(reply);
        }

        /** The choices of the one reply, sent: name → value. */
        @SuppressWarnings("unchecked")
        Map<String, String> choices() {
            ArgumentCaptor<Collection<Command.Choice>> replied = ArgumentCaptor.forClass(Collection.class);
            verify(event).replyChoices(replied.capture());
            verify(reply).queue(any(), any());
            Map<String, String> choices = new LinkedHashMap<>();
            replied.getValue().forEach(c -> choices.put(c.getName(), c.getAsString()));
            return choices;
        }
    }

    private static Typing typing(String userId, String path, Map<String, String> options) {
        return new Typing("bonus", userId, path, options);
    }

    @Test
    void annas_plans_are_offered_as_she_types_one_to_explain() {
        // given
        Typing typing = typing(ANNA, "explain", Map.of("plan", "qua"));
        // when
        listener().onCommandAutoCompleteInteraction(typing.event);
        // then
        assertEquals(Map.of("Quarterly new business bonus (quarterly-bonus)", "quarterly-bonus"), typing.choices());
    }

    @Test
    void the_period_of_an_explanation_is_named_for_the_plan_already_given() {
        // given Ida, on a monthly and on quarterly plans, has picked the monthly one and types the period
        Map<String, String> options = new LinkedHashMap<>();
        options.put("plan", "expansion-commission");
        options.put("period", "nu");
        Typing typing = typing(IDA, "explain", options);
        Typing withoutPlan = typing(IDA, "explain", Map.of("period", "nu"));
        // when
        listener().onCommandAutoCompleteInteraction(typing.event);
        listener().onCommandAutoCompleteInteraction(withoutPlan.event);
        // then
        assertEquals(Map.of("nu (november 2026)", "current"), typing.choices());
        assertEquals(Map.of("nu (november 2026, 4. kvartal 2026)", "current"), withoutPlan.choices());
    }

    @Test
    void an_admin_is_offered_people_and_a_seller_none() {
        // given
        Typing karin = typing(KARIN, "admin status", Map.of("person", "anna h"));
        Typing anna = typing(ANNA, "admin status", Map.of("person", "anna h"));
        // when
        listener().onCommandAutoCompleteInteraction(karin.event);
        listener().onCommandAutoCompleteInteraction(anna.event);
        // then
        assertEquals(Map.of("Anna Holm (anna.holm)", "anna.holm"), karin.choices());
        assertEquals(Map.of(), anna.choices());
    }

    @Test
    void a_discord_user_nobody_knows_is_offered_nothing_personal() {
        // given
        Typing typing = typing(GHOST, "explain", Map.of("plan", ""));
        // when
        listener().onCommandAutoCompleteInteraction(typing.event);
        // then
        assertEquals(Map.of(), typing.choices());
    }

    @Test
    void a_failure_is_answered_with_no_suggestions() {
        // given the company cannot be read
        Typing typing = typing(ANNA, "status", Map.of("period", "q"));
        BonusAutocomplete failing = listener(() -> {
            throw new IllegalStateException("the store is gone");
        });
        // when
        failing.onCommandAutoCompleteInteraction(typing.event);
        // then
        assertEquals(Map.of(), typing.choices());
    }

    @Test
    void another_commands_autocomplete_is_left_alone() {
        // given
        Typing typing = new Typing("other", ANNA, "status", Map.of("period", "q"));
        // when
        listener().onCommandAutoCompleteInteraction(typing.event);
        // then
        verify(typing.event, never()).replyChoices(anyCollection());
    }
}
