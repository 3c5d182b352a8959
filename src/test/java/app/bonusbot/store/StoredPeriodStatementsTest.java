package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.time.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Every statement of a period through the port payroll reads: provisional while open, the frozen ones once closed. */
@OnBothStores
class StoredPeriodStatementsTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void an_open_period_is_worked_out_provisionally_and_a_closed_one_is_read_back_as_frozen_in_each_persons_language() {
        StoreAddress store = kind.address(dir);
        try (Application app = DemoCompany.open(DemoCompany.configCopy(dir), store, LocalDate.of(2026, 11, 27))) {
            // GIVEN Q3 of the demo company, open
            Period q3 = app.company().settings().fiscalYear().parse("2026-Q3").orElseThrow();
            List<PayStatement> open = app.periodStatements().all(q3);

            // WHEN it is closed
            DemoCompany.close(dir, store, "2026-Q3");
            List<PayStatement> closed = app.periodStatements().all(q3);

            // THEN the same people and totals, now closed, each in their own language
            assertFalse(open.isEmpty());
            assertTrue(open.stream().noneMatch(PayStatement::isClosed));
            assertEquals(open.stream().map(PayStatement::personId).toList(), closed.stream().map(PayStatement::personId).toList());
            assertEquals(open.stream().map(PayStatement::total).toList(), closed.stream().map(PayStatement::total).toList());
            assertTrue(closed.stream().allMatch(PayStatement::isClosed));
            PayStatement anna = app.periodStatements().of("anna.holm", q3).orElseThrow();
            PayStatement mikkel = app.periodStatements().of("mikkel.larsen", q3).orElseThrow();
            assertEquals(Language.EN, anna.language());
            assertEquals(Language.DA, mikkel.language());
            assertEquals("cli", anna.closed().orElseThrow().closedBy());
            assertTrue(app.periodStatements().of("nobody", q3).isEmpty());
        }
    }
}
