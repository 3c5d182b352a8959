package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.command.CommandGroup;
import app.bonusbot.core.command.SubCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

/** Discord's {@code /bonus} is the core's catalogue: its sub-commands, groups and options, nothing more or less. */
class CommandDefinitionFromCatalogueTest {

    /** {@code admin status: person! (suggested), period (suggested)}, text options only. */
    private static String described(String path, List<OptionData> options) {
        List<String> described = new ArrayList<>();
        for (OptionData o : options) {
            assertEquals(OptionType.STRING, o.getType(), path + " " + o.getName());
            described.add(o.getName() + (o.isRequired() ? "!" : "") + (o.isAutoComplete() ? " (suggested)" : ""));
        }
        return path + ": " + String.join(", ", described);
    }

    @Test
    void every_sub_command_of_the_catalogue_is_a_discord_sub_command_with_the_same_options_suggested_where_the_catalogue_says() {
        // given
        List<String> catalogue = Arrays.stream(SubCommand.values())
                .map(s -> s.path() + ": " + String.join(", ", s.options().stream()
                        .map(o -> o.name() + (o.required() ? "!" : "") + (o.suggested() ? " (suggested)" : "")).toList()))
                .toList();
        // when
        SlashCommandData command = BonusCommandData.definition();
        List<String> discord = new ArrayList<>();
        command.getSubcommands().forEach(s -> discord.add(described(s.getName(), s.getOptions())));
        command.getSubcommandGroups().forEach(g -> g.getSubcommands().forEach(s -> discord.add(described(g.getName() + " " + s.getName(), s.getOptions()))));
        // then
        assertEquals(catalogue, discord);
        assertEquals(Arrays.stream(CommandGroup.values()).map(CommandGroup::word).toList(),
                command.getSubcommandGroups().stream().map(g -> g.getName()).toList());
        assertEquals(SubCommand.ungrouped().stream().map(SubCommand::word).toList(), command.getSubcommands().stream().map(SubcommandData::getName).toList());
    }

    @Test
    void what_discord_sends_for_each_sub_command_of_the_catalogue_is_read_as_that_sub_command() {
        for (SubCommand subCommand : SubCommand.values()) {
            // when
            String group = subCommand.group().map(CommandGroup::word).orElse(null);
            // then
            assertEquals(subCommand.path(), BonusCommandData.path(group, subCommand.word()));
        }
    }
}
