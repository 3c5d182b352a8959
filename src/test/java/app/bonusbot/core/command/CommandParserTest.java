package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    @Test
    void status_without_a_period_means_the_current_period() {
        // when
        BonusCommand command = CommandParser.parse("/bonus status");
        // then
        assertEquals(new BonusCommand.Status(PeriodRequest.CURRENT), command);
    }

    @Test
    void an_empty_command_is_a_status_request() {
        assertEquals(new BonusCommand.Status(PeriodRequest.CURRENT), CommandParser.parse(""));
    }

    @Test
    void status_takes_a_named_period_or_previous() {
        assertEquals(new BonusCommand.Status(new PeriodRequest.Explicit(Period.parse("2026-Q3").orElseThrow())), CommandParser.parse("status 2026-Q3"));
        assertEquals(new BonusCommand.Status(PeriodRequest.PREVIOUS), CommandParser.parse("bonus status previous"));
    }

    @Test
    void explain_takes_a_plan_and_a_period_in_any_order() {
        // given
        PeriodRequest q3 = new PeriodRequest.Explicit(Period.parse("2026-Q3").orElseThrow());
        // when / then
        assertEquals(new BonusCommand.Explain(Optional.of("new-business"), q3), CommandParser.parse("explain new-business 2026-Q3"));
        assertEquals(new BonusCommand.Explain(Optional.of("new-business"), q3), CommandParser.parse("explain 2026-Q3 new-business"));
        assertEquals(new BonusCommand.Explain(Optional.empty(), PeriodRequest.CURRENT), CommandParser.parse("explain"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whatif 50000|50000",
        "whatif 50,000|50000",
        "whatif 50.000|50000",
        "whatif 12,500.50|12500.50",
        "whatif 12.500,50|12500.50",
        "whatif 50k|50000",
        "whatif 1.5m|1500000",
        "whatif 99.5|99.5"})
    void whatif_reads_amounts_as_people_type_them(String text, String expected) {
        // when
        BonusCommand command = CommandParser.parse(text);
        // then
        BonusCommand.WhatIf whatIf = assertInstanceOf(BonusCommand.WhatIf.class, command);
        assertEquals(0, new BigDecimal(expected).compareTo(whatIf.amount()), () -> text + " gave " + whatIf.amount());
    }

    @Test
    void whatif_takes_an_optional_deal_type() {
        assertEquals(Optional.of("renewal"), ((BonusCommand.WhatIf) CommandParser.parse("whatif 60000 Renewal")).dealType());
        assertEquals(Optional.empty(), ((BonusCommand.WhatIf) CommandParser.parse("whatif 60000")).dealType());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate|error.unknown_command",
        "status yesterday|error.not_a_period",
        "status 2026-13|error.not_a_period",
        "status 2026-Q3 extra|error.too_many_arguments",
        "whatif|error.whatif_needs_amount",
        "whatif lots|error.not_an_amount",
        "whatif -5|error.not_an_amount",
        "whatif 0|error.amount_not_positive",
        "whatif 10.0015|error.amount_too_precise",
        "whatif 5 new extra|error.too_many_arguments",
        "explain a b c|error.too_many_arguments"})
    void malformed_commands_say_what_is_wrong(String text, String reasonKey) {
        // when
        BonusCommand command = CommandParser.parse(text);
        // then
        assertEquals(reasonKey, assertInstanceOf(BonusCommand.Malformed.class, command).reasonKey());
    }

    @Test
    void help_is_understood_in_both_languages() {
        assertInstanceOf(BonusCommand.Help.class, CommandParser.parse("/bonus help"));
        assertInstanceOf(BonusCommand.Help.class, CommandParser.parse("/bonus hjælp"));
    }

    @Test
    void admin_status_takes_a_person_and_an_optional_period() {
        assertEquals(new BonusCommand.AdminStatus("<@U1>", PeriodRequest.CURRENT), CommandParser.parse("/bonus admin status <@U1>"));
        assertEquals(new BonusCommand.AdminStatus("anna", PeriodRequest.PREVIOUS), CommandParser.parse("admin status anna previous"));
        assertEquals("error.admin_usage", assertInstanceOf(BonusCommand.Malformed.class, CommandParser.parse("admin")).reasonKey());
        assertEquals("error.admin_usage", assertInstanceOf(BonusCommand.Malformed.class, CommandParser.parse("admin status")).reasonKey());
    }

    @Test
    void status_and_team_take_danish_period_words_and_quarters_without_a_year() {
        // when / then
        assertEquals(new BonusCommand.Status(PeriodRequest.PREVIOUS), CommandParser.parse("/bonus status forrige"));
        assertEquals(new BonusCommand.Status(PeriodRequest.PREVIOUS), CommandParser.parse("/bonus status sidste"));
        assertEquals(new BonusCommand.Status(new PeriodRequest.QuarterOfYear(4)), CommandParser.parse("/bonus status Q4"));
        assertEquals(new BonusCommand.Status(new PeriodRequest.QuarterOfYear(4)), CommandParser.parse("/bonus status K4"));
        assertEquals(new BonusCommand.Status(new PeriodRequest.Relative(PeriodKind.QUARTER, -1)), CommandParser.parse("/bonus status sidste kvartal"));
        assertEquals(new BonusCommand.TeamOverview(new PeriodRequest.Relative(PeriodKind.MONTH, 0)), CommandParser.parse("team denne måned"));
    }

    @Test
    void explain_takes_a_two_word_period_before_or_after_the_plan() {
        // given
        PeriodRequest lastQuarter = new PeriodRequest.Relative(PeriodKind.QUARTER, -1);
        // when / then
        assertEquals(new BonusCommand.Explain(Optional.empty(), lastQuarter), CommandParser.parse("explain sidste kvartal"));
        assertEquals(new BonusCommand.Explain(Optional.of("new-business"), lastQuarter), CommandParser.parse("explain new-business sidste kvartal"));
        assertEquals(new BonusCommand.Explain(Optional.of("new-business"), lastQuarter), CommandParser.parse("explain last quarter new-business"));
        assertEquals(new BonusCommand.Explain(Optional.of("new-business"), new PeriodRequest.QuarterOfYear(3)), CommandParser.parse("explain new-business Q3"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/bonus admin status Anna Holm|Anna Holm|current",
        "/bonus admin status anna holm|anna holm|current",
        "/bonus admin status \"Anna Holm\"|Anna Holm|current",
        "/bonus admin status “Anna Holm”|Anna Holm|current",
        "/bonus admin status Anna Holm previous|Anna Holm|previous",
        "/bonus admin status \"Anna Holm\" forrige|Anna Holm|previous",
        "/bonus admin status Anna Holm sidste kvartal|Anna Holm|sidste kvartal",
        "/bonus admin status anna.holm Q4|anna.holm|Q4",
        "/bonus admin status \"Anna Q4\"|Anna Q4|current"})
    void admin_status_takes_a_full_name_with_or_without_quotes(String text, String person, String period) {
        // when
        BonusCommand command = CommandParser.parse(text);
        // then
        assertEquals(new BonusCommand.AdminStatus(person, PeriodRequest.parse(period).orElseThrow()), command);
    }
}
