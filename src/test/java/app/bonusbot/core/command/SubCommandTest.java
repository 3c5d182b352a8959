package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of {@code /bonus} is what both the text parser and the structured options read. */
class SubCommandTest {

    /** A value of each kind that fits it, as a person would type it. */
    private static final Map<OptionKind, String> FITTING = Map.ofEntries(Map.entry(OptionKind.PERIOD, "2026-Q3"), Map.entry(OptionKind.PLAN, "v-plan"),
            Map.entry(OptionKind.AMOUNT, "1234"), Map.entry(OptionKind.DEAL_TYPE, "renewal"), Map.entry(OptionKind.QUESTION, "5"),
            Map.entry(OptionKind.ANSWER, "4"), Map.entry(OptionKind.PERSON, "anna.holm"), Map.entry(OptionKind.SURVEY, "bonus-plan"),
            Map.entry(OptionKind.TEXT, "v-text"), Map.entry(OptionKind.DEAL, "v-deal"), Map.entry(OptionKind.CASE, "12"),
            Map.entry(OptionKind.DECISION, "accept"));

    private static Map<String, String> fittingOptions(SubCommand subCommand) {
        Map<String, String> options = new LinkedHashMap<>();
        subCommand.options().forEach(o -> options.put(o.name(), FITTING.get(o.kind())));
        return options;
    }

    @Test
    void every_sub_command_typed_with_a_value_for_each_option_in_order_is_the_command_its_structured_options_give() {
        // The dispute group's typed form names its deal and plan (deal:ID) and puts the answer last, while Discord wants
        // required options first: DisputeCommandParsingTest compares its typed and structured forms.
        for (SubCommand subCommand : SubCommand.values()) {
            if (subCommand.group().equals(Optional.of(CommandGroup.DISPUTE))) {
                continue;
            }
            // given
            Map<String, String> options = fittingOptions(subCommand);
            String typed = subCommand.path() + " " + String.join(" ", options.values());
            // when
            BonusCommand fromText = CommandParser.parse(typed);
            BonusCommand fromOptions = CommandOptions.of(subCommand.path(), options);
            // then
            assertFalse(fromText instanceof BonusCommand.Malformed, typed + ": " + fromText);
            assertEquals(fromText, fromOptions, typed);
            options.values().forEach(v -> assertTrue(fromText.toString().contains(v), typed + " loses " + v + ": " + fromText));
        }
    }

    @Test
    void every_sub_command_typed_alone_is_read_by_the_parser_as_the_structured_one_without_options() {
        for (SubCommand subCommand : SubCommand.values()) {
            // when
            BonusCommand fromText = CommandParser.parse("/bonus " + subCommand.path().toUpperCase());
            // then
            assertEquals(CommandOptions.of(subCommand.path(), Map.of()), fromText, subCommand.path());
            assertFalse(fromText.equals(new BonusCommand.Malformed("error.unknown_command", subCommand.word())), subCommand.path());
        }
    }

    @Test
    void a_group_word_without_one_of_its_sub_commands_is_answered_with_the_groups_usage() {
        for (CommandGroup group : CommandGroup.values()) {
            // then
            assertEquals(new BonusCommand.Malformed(group.usageKey(), ""), CommandParser.parse(group.word()));
            // Only the dispute group reads anything else after its word as a case opened: "dispute payday is late".
            assertEquals(group == CommandGroup.DISPUTE ? new BonusCommand.OpenDispute("payday", Optional.empty(), Optional.empty())
                    : new BonusCommand.Malformed(group.usageKey(), ""), CommandParser.parse(group.word() + " payday"));
            assertFalse(group.subCommands().isEmpty(), group.word());
        }
    }

    @Test
    void the_catalogue_lists_the_sub_commands_of_bonus_with_their_options_in_order() {
        // when
        String catalogue = Arrays.stream(SubCommand.values())
                .map(s -> s.path() + ":" + s.options().stream().map(o -> o.name() + (o.required() ? "!" : "")).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
        // then
        assertEquals("status:period explain:plan,period whatif:amount!,deal_type team:period statement:period help: feedback:question,answer"
                + " approve:period disputes: report:period admin status:person!,period admin statement:person!,period survey results:survey"
                + " dispute open:text!,deal,plan dispute resolve:case!,answer!,decision,amount", catalogue);
    }

    @Test
    void a_sub_command_is_found_by_its_path_and_an_option_kind_by_its_name() {
        for (SubCommand subCommand : SubCommand.values()) {
            assertEquals(Optional.of(subCommand), SubCommand.byPath(subCommand.path()));
        }
        for (OptionKind kind : OptionKind.values()) {
            assertEquals(Optional.of(kind), OptionKind.named(kind.optionName()));
        }
        assertEquals(Optional.empty(), SubCommand.byPath("payday"));
        assertEquals(Optional.empty(), OptionKind.named("colour"));
        assertEquals(List.of(SubCommand.STATUS, SubCommand.EXPLAIN, SubCommand.WHATIF, SubCommand.TEAM, SubCommand.STATEMENT, SubCommand.HELP,
                SubCommand.FEEDBACK, SubCommand.APPROVE, SubCommand.DISPUTES, SubCommand.REPORT), SubCommand.ungrouped());
    }

    @Test
    void the_other_spellings_people_type_name_the_same_sub_command() {
        // then
        assertEquals(CommandParser.parse("whatif 50k"), CommandParser.parse("what-if 50k"));
        assertEquals(new BonusCommand.Help(), CommandParser.parse("hjælp"));
        assertEquals(new BonusCommand.Help(), CommandParser.parse("HJAELP"));
    }
}
