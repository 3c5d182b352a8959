package app.bonusbot.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandParser;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class BonusCommandDataTest {

    private static final PeriodRequest Q3 = new PeriodRequest.Explicit(Period.parse("2026-Q3").orElseThrow());

    /** What the core makes of an interaction. */
    private static BonusCommand parsed(String group, String subcommand, Map<String, String> options) {
        return BonusCommandData.command(group, subcommand, options);
    }

    private static String names(List<OptionData> options) {
        return String.join(" ", options.stream().map(o -> o.getName() + (o.isRequired() ? "!" : "")).toList());
    }

    @Test
    void the_definition_has_the_sub_commands_of_the_text_commands_with_their_arguments_as_text_options() {
        // when
        SlashCommandData command = BonusCommandData.definition();
        // then
        assertEquals("bonus", command.getName());
        Map<String, String> subcommands = new LinkedHashMap<>();
        command.getSubcommands().forEach(s -> subcommands.put(s.getName(), names(s.getOptions())));
        for (SubcommandGroupData group : command.getSubcommandGroups()) {
            group.getSubcommands().forEach(s -> subcommands.put(group.getName() + " " + s.getName(), names(s.getOptions())));
        }
        assertEquals(pairs("status", "period", "explain", "plan period", "whatif", "amount! deal_type", "team", "period", "statement", "period", "help", "",
                "feedback", "question answer", "approve", "period", "disputes", "", "report", "period", "admin status", "person! period", "admin statement", "person! period",
                "survey results", "survey", "dispute open", "text! deal plan", "dispute resolve", "case! answer! decision amount"), subcommands);
        assertEquals(List.of("status", "explain", "whatif", "team", "statement", "help", "feedback", "approve", "disputes", "report"),
                command.getSubcommands().stream().map(SubcommandData::getName).toList());
        command.getSubcommands().forEach(s -> s.getOptions().forEach(o -> assertEquals(OptionType.STRING, o.getType(), o.getName())));
    }

    @Test
    void every_option_but_the_amount_and_the_answer_has_its_values_suggested_as_it_is_typed() {
        // when
        SlashCommandData command = BonusCommandData.definition();
        // then
        Map<String, String> suggested = new LinkedHashMap<>();
        command.getSubcommands().forEach(s -> suggested.put(s.getName(), autocompleted(s.getOptions())));
        for (SubcommandGroupData group : command.getSubcommandGroups()) {
            group.getSubcommands().forEach(s -> suggested.put(group.getName() + " " + s.getName(), autocompleted(s.getOptions())));
        }
        assertEquals(pairs("status", "period", "explain", "plan period", "whatif", "deal_type", "team", "period", "statement", "period", "help", "",
                "feedback", "question", "approve", "period", "disputes", "", "report", "period", "admin status", "person period", "admin statement", "person period",
                "survey results", "survey", "dispute open", "plan", "dispute resolve", ""), suggested);
    }

    private static String autocompleted(List<OptionData> options) {
        return String.join(" ", options.stream().filter(OptionData::isAutoComplete).map(OptionData::getName).toList());
    }

    @Test
    void every_description_is_english_with_a_danish_translation_within_discords_100_characters() {
        // when
        DataObject data = BonusCommandData.definition().toData();
        // then
        assertDescribed(data);
        assertEquals("Your bonus: status, explanations, what-ifs, team overview and surveys. Only you see the answers.",
                data.getString("description"));
        assertEquals("Din bonus: status, forklaringer, hvad-nu-hvis, teamoverblik og undersøgelser. Kun du ser svarene.",
                data.getObject("description_localizations").getString(DiscordLocale.DANISH.getLocale()));
    }

    private static void assertDescribed(DataObject node) {
        String description = node.getString("description");
        String danish = node.getObject("description_localizations").getString(DiscordLocale.DANISH.getLocale(), "");
        String name = node.getString("name");
        assertFalse(description.isBlank(), name);
        assertFalse(danish.isBlank(), name + " has no Danish description");
        assertTrue(description.length() <= 100 && danish.length() <= 100, name);
        DataArray options = node.optArray("options").orElse(DataArray.empty());
        for (int i = 0; i < options.length(); i++) {
            assertDescribed(options.getObject(i));
        }
    }

    @Test
    void the_period_options_say_the_forms_the_core_reads() {
        // when
        OptionData period = BonusCommandData.definition().getSubcommands().get(0).getOptions().get(0);
        // then
        assertEquals("current (default), previous, 2026-11, 2026-Q4 or 2026", period.getDescription());
        for (String form : List.of("current", "previous", "2026-11", "2026-Q4", "2026", "nu", "forrige")) {
            assertTrue(PeriodRequest.parse(form).isPresent(), form);
        }
    }

    @Test
    void status_with_and_without_a_period_reads_as_the_text_command() {
        // then
        assertEquals(CommandParser.parse("status"), parsed(null, "status", Map.of()));
        assertEquals(CommandParser.parse("status 2026-Q3"), parsed(null, "status", Map.of("period", " 2026-Q3 ")));
        assertEquals(new BonusCommand.Status(Q3), parsed(null, "status", Map.of("period", "2026-Q3")));
    }

    @Test
    void a_period_of_several_words_is_named_whole_as_no_period() {
        // then
        assertEquals(new BonusCommand.Malformed("error.not_a_period", "next quarter"), parsed(null, "status", Map.of("period", "next quarter")));
    }

    @Test
    void explain_passes_the_plan_whole_and_the_period() {
        // then
        assertEquals(new BonusCommand.Explain(Optional.of("win-rate"), PeriodRequest.PREVIOUS),
                parsed(null, "explain", Map.of("period", "previous", "plan", "win-rate")));
        assertEquals(new BonusCommand.Explain(Optional.of("Quarterly new"), PeriodRequest.CURRENT), parsed(null, "explain", Map.of("plan", "Quarterly new")));
        assertEquals(new BonusCommand.Explain(Optional.empty(), PeriodRequest.CURRENT), parsed(null, "explain", Map.of("plan", " ")));
    }

    @Test
    void whatif_reads_the_amount_without_its_spaces_and_the_deal_type() {
        // then
        assertEquals(new BonusCommand.WhatIf(new BigDecimal("100000"), Optional.of("renewal")),
                parsed(null, "whatif", Map.of("amount", "100 000", "deal_type", "Renewal")));
        assertEquals(new BonusCommand.WhatIf(new BigDecimal("50000"), Optional.empty()), parsed(null, "whatif", Map.of("amount", "50k")));
        assertEquals(new BonusCommand.Malformed("error.not_an_amount", "lots"), parsed(null, "whatif", Map.of("amount", "lots")));
    }

    @Test
    void team_and_help_read_as_the_text_commands() {
        // then
        assertEquals(new BonusCommand.TeamOverview(PeriodRequest.PREVIOUS), parsed(null, "team", Map.of("period", "previous")));
        assertEquals(new BonusCommand.Help(), parsed(null, "help", Map.of()));
    }

    @Test
    void feedback_passes_the_question_and_the_answer_as_typed() {
        // then
        assertEquals(new BonusCommand.Feedback(Optional.of("comments"), Optional.of("Clearer  rules, please")),
                parsed(null, "feedback", Map.of("question", "comments", "answer", "Clearer  rules, please")));
        assertEquals(new BonusCommand.Feedback(Optional.of("5"), Optional.of("4")), parsed(null, "feedback", Map.of("question", "5", "answer", "4")));
    }

    @Test
    void feedback_without_a_question_asks_for_the_form_and_an_answer_without_a_question_is_explained() {
        // then
        assertEquals(new BonusCommand.Feedback(Optional.empty(), Optional.empty()), parsed(null, "feedback", Map.of()));
        assertEquals(new BonusCommand.Malformed("error.feedback_usage", ""), parsed(null, "feedback", Map.of("answer", "4")));
    }

    @Test
    void feedback_with_a_question_and_no_answer_is_an_empty_answer_for_the_core_to_judge() {
        // then a question that does not exist is named by the core; one that does is asked for an answer
        assertEquals(new BonusCommand.Feedback(Optional.of("9"), Optional.of("")), parsed(null, "feedback", Map.of("question", "9")));
    }

    @Test
    void admin_status_passes_the_person_whole_and_the_period() {
        // then
        assertEquals(new BonusCommand.AdminStatus("anna.holm", Q3), parsed("admin", "status", Map.of("person", "anna.holm", "period", "2026-Q3")));
        assertEquals(new BonusCommand.AdminStatus("Anna Hom", PeriodRequest.CURRENT), parsed("admin", "status", Map.of("person", "Anna Hom")));
        assertEquals(new BonusCommand.AdminStatus("<@700000000000000201>", PeriodRequest.CURRENT),
                parsed("admin", "status", Map.of("person", "<@700000000000000201>")));
    }

    @Test
    void survey_results_passes_the_survey() {
        // then
        assertEquals(new BonusCommand.ShowSurveyResults(Optional.of("bonus-plan")), parsed("survey", "results", Map.of("survey", "bonus-plan")));
        assertEquals(new BonusCommand.ShowSurveyResults(Optional.empty()), parsed("survey", "results", Map.of()));
    }

    @Test
    void a_sub_command_this_version_does_not_know_is_left_to_the_core_to_refuse() {
        // when
        BonusCommand command = parsed(null, "payday", Map.of("period", "2026"));
        // then
        assertEquals(new BonusCommand.Malformed("error.unknown_command", "payday"), command);
    }

    @Test
    void every_option_of_the_definition_reaches_the_command() {
        // given every option of every sub-command with a value of its own that fits it
        SlashCommandData command = BonusCommandData.definition();
        Map<String, List<OptionData>> subcommands = new LinkedHashMap<>();
        command.getSubcommands().forEach(s -> subcommands.put(s.getName(), s.getOptions()));
        command.getSubcommandGroups().forEach(g -> g.getSubcommands().forEach(s -> subcommands.put(g.getName() + " " + s.getName(), s.getOptions())));
        Map<String, String> fitting = Map.ofEntries(Map.entry("period", "2026-Q3"), Map.entry("amount", "1234"), Map.entry("plan", "v-plan"),
                Map.entry("deal_type", "v-deal_type"), Map.entry("question", "v-question"), Map.entry("answer", "v-answer"),
                Map.entry("person", "v-person"), Map.entry("survey", "v-survey"), Map.entry("text", "v-text"), Map.entry("deal", "v-deal"),
                Map.entry("case", "12"), Map.entry("decision", "accept"));
        subcommands.forEach((path, options) -> {
            Map<String, String> values = new LinkedHashMap<>();
            options.forEach(o -> values.put(o.getName(), fitting.get(o.getName())));
            String[] parts = path.split(" ");
            // when
            BonusCommand parsed = parts.length == 2 ? parsed(parts[0], parts[1], values) : parsed(null, path, values);
            // then
            String asText = parsed.toString();
            values.forEach((name, v) -> assertTrue(asText.contains(name.equals("period") ? "2026-Q3" : name.equals("amount") ? "1234" : v),
                    path + ": " + asText));
            assertTrue(!(parsed instanceof BonusCommand.Malformed), path + ": " + asText);
        });
    }

    /** A map of name/value pairs, more of them than Map.of takes. */
    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
