package app.bonusbot.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /bonus report [period]} typed, in Danish, and as Discord's options. */
class ReportCommandParsingTest {

    @Test
    void report_alone_is_the_current_period_and_a_period_after_it_is_that_one() {
        assertEquals(new BonusCommand.Report(PeriodRequest.CURRENT), CommandParser.parse("/bonus report"));
        assertEquals(new BonusCommand.Report(new PeriodRequest.Explicit(Period.parse("2026-Q3").orElseThrow())), CommandParser.parse("report 2026-Q3"));
        assertEquals(new BonusCommand.Report(PeriodRequest.CURRENT), CommandParser.parse("rapport"));
    }

    @Test
    void a_word_that_is_no_period_is_answered_with_the_reason() {
        assertEquals(BonusCommand.Malformed.class, CommandParser.parse("report someday").getClass());
        assertEquals(BonusCommand.Malformed.class, CommandOptions.of("report", Map.of("period", "someday")).getClass());
    }

    @Test
    void discords_period_option_reads_as_the_typed_one() {
        assertEquals(CommandParser.parse("report previous"), CommandOptions.of("report", Map.of("period", "previous")));
        assertEquals(new BonusCommand.Report(PeriodRequest.CURRENT), CommandOptions.of("report", Map.of()));
    }
}
