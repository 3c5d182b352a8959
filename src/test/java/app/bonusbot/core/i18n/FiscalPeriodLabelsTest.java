package app.bonusbot.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalPeriodLabelsTest {

    @ParameterizedTest(name = "fiscal year from {0}: the {1} of {2} says \"{4}\" in {3}")
    @CsvSource({
            "APRIL,   QUARTER, 2026-04-01, EN, FY2027 Q1",
            "APRIL,   QUARTER, 2026-04-01, DA, 1. kvartal FY2027",
            "APRIL,   QUARTER, 2028-02-29, EN, FY2028 Q4",
            "APRIL,   QUARTER, 2028-02-29, DA, 4. kvartal FY2028",
            "JULY,    QUARTER, 2028-02-29, EN, FY2028 Q3",
            "JULY,    QUARTER, 2028-02-29, DA, 3. kvartal FY2028",
            "APRIL,   YEAR,    2026-11-17, EN, FY2027",
            "JULY,    YEAR,    2026-11-17, DA, FY2027",
            "APRIL,   MONTH,   2028-02-29, EN, February 2028",
            "JULY,    MONTH,   2028-02-29, DA, februar 2028",
            "JANUARY, QUARTER, 2028-02-29, EN, Q1 2028",
            "JANUARY, QUARTER, 2028-02-29, DA, 1. kvartal 2028",
            "JANUARY, YEAR,    2028-02-29, EN, 2028",
    })
    void a_period_label_says_its_fiscal_year_unless_the_year_starts_in_january(Month start, PeriodKind kind, LocalDate date, Language language,
            String label) {
        // given
        FiscalYear fiscalYear = new FiscalYear(start);

        // when
        String said = Texts.of(language).period(kind.containing(date, fiscalYear));

        // then
        assertEquals(label, said);
    }
}
