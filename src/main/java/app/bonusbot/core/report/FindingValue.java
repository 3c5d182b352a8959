package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A number or name filled into a finding's wording, typed so that each output formats it in the reader's language. */
public sealed interface FindingValue {

    /** A percentage, 1 decimal ("78.0" is shown as 78 %). */
    record Percent(BigDecimal value) implements FindingValue {}

    /** A survey mean, 2 decimals; worded with one, as in "fell from 4.1 to 3.2". */
    record Mean(BigDecimal value) implements FindingValue {}

    /** An amount in the company's currency. */
    record Money(BigDecimal value) implements FindingValue {}

    record Count(long value) implements FindingValue {}

    record Day(LocalDate value) implements FindingValue {}

    /** A plan's, survey's or question's name, or a prerequisite's text key resolved by the output. */
    record Name(LocalizedText value) implements FindingValue {}

    /** The key of a text to look up (a prerequisite's name). */
    record Text(String key) implements FindingValue {}

    record PeriodName(Period value) implements FindingValue {}
}
