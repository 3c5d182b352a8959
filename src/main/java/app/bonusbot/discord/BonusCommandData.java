package app.bonusbot.discord;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandOptions;

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
 * {@code /bonus} as Discord knows it: the sub-commands of the text commands (status, explain, whatif, team, help,
 * feedback, admin status, survey results) with their arguments as options, described in English with Danish
 * translations. Discord hands an interaction over as a sub-command and named options; {@link #commandText} turns that
 * back into the words the core's {@code CommandParser} reads, so parsing and authorization are the same as on Slack
 * and in the console. Every option but the amount and the answer has its values suggested as it is typed.
 */
public final class BonusCommandData {

    public static final String NAME = "bonus";

    static final String STATUS = "status";
    static final String EXPLAIN = "explain";
    static final String WHATIF = "whatif";
    static final String TEAM = "team";
    static final String HELP = "help";
    static final String FEEDBACK = "feedback";
    static final String ADMIN = "admin";
    static final String SURVEY = "survey";
    static final String RESULTS = "results";

    static final String PERIOD = CommandOptions.PERIOD;
    static final String PLAN = CommandOptions.PLAN;
    static final String AMOUNT = CommandOptions.AMOUNT;
    static final String DEAL_TYPE = CommandOptions.DEAL_TYPE;
    static final String QUESTION = CommandOptions.QUESTION;
    static final String ANSWER = CommandOptions.ANSWER;
    static final String PERSON = CommandOptions.PERSON;
    static final String SURVEY_ID = CommandOptions.SURVEY;

    private BonusCommandData() {}

    /** The command to register in a server; Discord shows Danish descriptions to people whose Discord speaks Danish. */
    public static SlashCommandData definition() {
        Described d = new Described(Texts.of(Language.EN), Texts.of(Language.DA));
        SlashCommandData command = Commands.slash(NAME, d.en("discord.command.bonus"))
                .setDescriptionLocalization(DiscordLocale.DANISH, d.da("discord.command.bonus"))
                .setContexts(InteractionContextType.GUILD);
        command.addSubcommands(
                d.subcommand(STATUS, "discord.command.status", d.suggested(PERIOD, false)),
                d.subcommand(EXPLAIN, "discord.command.explain", d.suggested(PLAN, false), d.suggested(PERIOD, false)),
                d.subcommand(WHATIF, "discord.command.whatif", d.option(AMOUNT, true), d.suggested(DEAL_TYPE, false)),
                d.subcommand(TEAM, "discord.command.team", d.suggested(PERIOD, false)),
                d.subcommand(HELP, "discord.command.help"),
                d.subcommand(FEEDBACK, "discord.command.feedback", d.suggested(QUESTION, false), d.option(ANSWER, false)));
        command.addSubcommandGroups(
                d.group(ADMIN, "discord.command.admin",
                        d.subcommand(STATUS, "discord.command.admin.status", d.suggested(PERSON, true), d.suggested(PERIOD, false))),
                d.group(SURVEY, "discord.command.survey",
                        d.subcommand(RESULTS, "discord.command.survey.results", d.suggested(SURVEY_ID, false))));
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

        SubcommandData subcommand(String name, String key, OptionData... options) {
            return new SubcommandData(name, en(key)).setDescriptionLocalization(DiscordLocale.DANISH, da(key)).addOptions(options);
        }

        SubcommandGroupData group(String name, String key, SubcommandData... subcommands) {
            return new SubcommandGroupData(name, en(key)).setDescriptionLocalization(DiscordLocale.DANISH, da(key)).addSubcommands(subcommands);
        }

        /** Every option is text: amounts such as "50k" and periods such as "2026-Q4" are the core's to read. */
        OptionData option(String name, boolean required) {
            String key = "discord.command.option." + name;
            return new OptionData(OptionType.STRING, name, en(key), required).setDescriptionLocalization(DiscordLocale.DANISH, da(key));
        }

        /** An option whose values {@link BonusAutocomplete} suggests as it is typed; anything else typed still counts. */
        OptionData suggested(String name, boolean required) {
            return option(name, required).setAutoComplete(true);
        }
    }
}
