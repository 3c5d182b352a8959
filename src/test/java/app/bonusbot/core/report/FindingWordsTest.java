package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingWordsTest {

    private static final Currency DKK = Currency.getInstance("DKK");

    private static String words(Language language, Finding finding) {
        return new FindingWords(Texts.of(language), new Formats(language, DKK)).of(finding);
    }

    private static Finding clarityDrop(String was, String is) {
        return new Finding(FindingRule.SURVEY_DROP, "report.finding.survey_drop_plan_changed", List.of(new FindingValue.Text("report.prerequisite.clarity"),
                new FindingValue.Mean(new BigDecimal(was)), new FindingValue.Mean(new BigDecimal(is)), new FindingValue.Day(LocalDate.of(2026, 10, 1))),
                Optional.empty());
    }

    @Test
    void two_means_side_by_side_are_worded_with_one_decimal_each() {
        // GIVEN clarity that fell from a round mean of 4.00 to one of 3.17
        Finding drop = clarityDrop("4.00", "3.17");
        // THEN both read with one decimal, in English and in Danish
        assertEquals("Clarity fell from 4.0 to 3.2 since the plan changed on " + new Formats(Language.EN, DKK).date(LocalDate.of(2026, 10, 1)),
                words(Language.EN, drop));
        assertEquals("Klarhed faldt fra 4,0 til 3,2, siden planen blev ændret " + new Formats(Language.DA, DKK).date(LocalDate.of(2026, 10, 1)),
                words(Language.DA, drop));
    }

    @Test
    void the_issues_example_reads_as_the_issue_wrote_it() {
        assertEquals("Clarity fell from 4.1 to 3.2 since the plan changed on " + new Formats(Language.EN, DKK).date(LocalDate.of(2026, 10, 1)),
                words(Language.EN, clarityDrop("4.1", "3.2")));
    }
}
