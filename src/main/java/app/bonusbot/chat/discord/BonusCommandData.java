package app.bonusbot.chat.discord;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandGroup;
import app.bonusbot.core.command.CommandOptions;
import app.bonusbot.core.command.OptionKind;
import app.bonusbot.core.command.OptionSpec;
import app.bonusbot.core.command.SubCommand;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * {@code /bonus} as Discord knows it: the sub-commands of the core's catalogue ({@link SubCommand}) in its order, the
 * grouped ones ({@code admin status}, {@code survey results}) as sub-command groups, with their options as text
 * options that Discord autocompletes where the catalogue says values are suggested; described in English with Danish
 * translations under {@code discord.command.<path>} and {@code discord.command.option.<name>}. Discord hands an
 * interaction over as a sub-command and named options, which the core reads as {@link CommandOptions}, so parsing and
 * authorization are the same as on Slack and in the console.
 */
public final class BonusCommandData {

    public static final String NAME = "bonus";

    static final String PERSON = OptionKind.PERSON.optionName();

    private BonusCommandData() {}

    /** The command to register in a server; Discord shows Danish descriptions to people whose Discord speaks Danish. */
    public static SlashCommandData definition() {
        Described d = new Described(Texts.of(Language.EN), Texts.of(Language.DA));
        SlashCommandData command = Commands.slash(NAME, d.en("discord.command.bonus"))
                .setDescriptionLocalization(DiscordLocale.DANISH, d.da("discord.command.bonus"))
                .setContexts(InteractionContextType.GUILD);
        SubCommand.ungrouped().forEach(s -> command.addSubcommands(d.subcommand(s)));
        for (CommandGroup group : CommandGroup.values()) {
            command.addSubcommandGroups(d.group(group));
        }
        return command;
    }

    /**
     * The command an interaction asks, for the core to answer: each option whole, however many words it has (a
     * person's full name, a plan's name), so a value that does not fit is named as given. A sub-command this version
     * does not know (a stale registration) is passed on by name, for the core to say it is no command.
     *
     * @param subcommandGroup {@code admin}, {@code survey} or null
     * @param options option name → value as typed
     */
    public static BonusCommand command(String subcommandGroup, String subcommandName, Map<String, String> options) {
        return CommandOptions.of(path(subcommandGroup, subcommandName), options);
    }

    /** The sub-command as the core names it: {@code status}, {@code admin status}. */
    static String path(String subcommandGroup, String subcommandName) {
        return subcommandGroup == null ? String.valueOf(subcommandName) : subcommandGroup + " " + subcommandName;
    }

    /** Builds the parts of the definition with their English description and its Danish translation. */
    private record Described(Texts en, Texts da) {

        String en(String key) {
            return en.get(key);
        }

        String da(String key) {
            return da.get(key);
        }

        /** {@code discord.command.status}, {@code discord.command.admin.status}. */
        SubcommandData subcommand(SubCommand subCommand) {
            String key = "discord.command." + subCommand.path().replace(' ', '.');
            SubcommandData data = new SubcommandData(subCommand.word(), en(key)).setDescriptionLocalization(DiscordLocale.DANISH, da(key));
            subCommand.options().forEach(o -> data.addOptions(option(o)));
            return data;
        }

        SubcommandGroupData group(CommandGroup group) {
            String key = "discord.command." + group.word();
            SubcommandGroupData data = new SubcommandGroupData(group.word(), en(key)).setDescriptionLocalization(DiscordLocale.DANISH, da(key));
            group.subCommands().forEach(s -> data.addSubcommands(subcommand(s)));
            return data;
        }

        /**
         * Every option is text: amounts such as "50k" and periods such as "2026-Q4" are the core's to read. One whose
         * values are suggested is autocompleted by {@link BonusAutocomplete}; anything else typed still counts.
         */
        OptionData option(OptionSpec spec) {
            String key = "discord.command.option." + spec.name();
            return new OptionData(OptionType.STRING, spec.name(), en(key), spec.required())
                    .setDescriptionLocalization(DiscordLocale.DANISH, da(key))
                    .setAutoComplete(spec.suggested());
        }
    }
}
