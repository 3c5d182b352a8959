package app.bonusbot.discord;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
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
 * and in the console.
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

    static final String PERIOD = "period";
    static final String PLAN = "plan";
    static final String AMOUNT = "amount";
    static final String DEAL_TYPE = "deal_type";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String PERSON = "person";
    static final String SURVEY_ID = "survey";

    private BonusCommandData() {}

    /** The command to register in a server; Discord shows Danish descriptions to people whose Discord speaks Danish. */
    public static SlashCommandData definition() {
        Described d = new Described(Texts.of(Language.EN), Texts.of(Language.DA));
        SlashCommandData command = Commands.slash(NAME, d.en("discord.command.bonus"))
                .setDescriptionLocalization(DiscordLocale.DANISH, d.da("discord.command.bonus"))
                .setContexts(InteractionContextType.GUILD);
        command.addSubcommands(
                d.subcommand(STATUS, "discord.command.status", d.option(PERIOD, false)),
                d.subcommand(EXPLAIN, "discord.command.explain", d.option(PLAN, false), d.option(PERIOD, false)),
                d.subcommand(WHATIF, "discord.command.whatif", d.option(AMOUNT, true), d.option(DEAL_TYPE, false)),
                d.subcommand(TEAM, "discord.command.team", d.option(PERIOD, false)),
                d.subcommand(HELP, "discord.command.help"),
                d.subcommand(FEEDBACK, "discord.command.feedback", d.option(QUESTION, false), d.option(ANSWER, false)));
        command.addSubcommandGroups(
                d.group(ADMIN, "discord.command.admin",
                        d.subcommand(STATUS, "discord.command.admin.status", d.option(PERSON, true), d.option(PERIOD, false))),
                d.group(SURVEY, "discord.command.survey",
                        d.subcommand(RESULTS, "discord.command.survey.results", d.option(SURVEY_ID, false))));
        return command;
    }

    /**
     * The text of an interaction as typed after {@code /bonus}: {@code admin status anna.holm 2026-Q3},
     * {@code whatif 100000 renewal}, {@code feedback 5 some free text}. Options left out or blank are left out. An
     * amount loses its spaces ("100 000"), as the core's amount parser ignores them anyway; other values are passed as
     * given, so the core reports what does not fit. An answer without a question asks for the open survey's form,
     * which lists the questions to answer. A sub-command this version does not know (a stale registration) is passed
     * on by name, for the core to say it is no command.
     *
     * @param subcommandGroup {@code admin}, {@code survey} or null
     * @param options option name → value as typed
     */
    public static String commandText(String subcommandGroup, String subcommandName, Map<String, String> options) {
        List<String> words = new ArrayList<>();
        add(words, subcommandGroup);
        add(words, subcommandName);
        String path = String.join(" ", words);
        switch (path) {
            case STATUS, TEAM -> add(words, options.get(PERIOD));
            case EXPLAIN -> {
                add(words, options.get(PLAN));
                add(words, options.get(PERIOD));
            }
            case WHATIF -> {
                String amount = options.get(AMOUNT);
                add(words, amount == null ? null : amount.replaceAll("\\s+", ""));
                add(words, options.get(DEAL_TYPE));
            }
            case FEEDBACK -> {
                if (present(options.get(QUESTION))) {
                    add(words, options.get(QUESTION));
                    add(words, options.get(ANSWER));
                }
            }
            case ADMIN + " " + STATUS -> {
                add(words, options.get(PERSON));
                add(words, options.get(PERIOD));
            }
            case SURVEY + " " + RESULTS -> add(words, options.get(SURVEY_ID));
            default -> {
                // help, and names only the core can judge
            }
        }
        return String.join(" ", words);
    }

    private static void add(List<String> words, String value) {
        if (present(value)) {
            words.add(value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
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
    }
}
