package app.bonusbot.paydocs;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.payout.StockValue;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** PayStatements written out by hand, as the close would freeze them: the pay documents' tests need no engine. */
public final class HandMadeStatements {

    public static final Currency DKK = Currency.getInstance("DKK");
    public static final LocalDate Q3_START = LocalDate.of(2026, 7, 1);
    public static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);
    /** 3 Oct 2026, 10:15 in Copenhagen. */
    public static final PeriodClose CLOSED_BY_OPS = new PeriodClose("2026-Q3", Instant.parse("2026-10-03T08:15:00Z"), "ops");

    private HandMadeStatements() {}

    public static BigDecimal dkk(String amount) {
        return new BigDecimal(amount);
    }

    /**
     * Anna Holm's Q3 2026, closed: new business (version from 1 Jul 2026) 12,000.00 + 3,500.50, a milestone 2,000.00,
     * a clawback of -1,234.00; shares (120 vested at 85.00 = 10,200.00) apart. Total 16,266.50.
     */
    public static PayStatement annaClosed(Language language) {
        PaidPlan newBusiness = new PaidPlan("new-business", "New business", "performance", Optional.of(Q3_START),
                List.of(new PaidLine("Band 0 %–100 % at ×1", dkk("12000.00")), new PaidLine("Band 100 %–150 % at ×1.5", dkk("3500.50"))),
                dkk("15500.50"), Optional.empty());
        PaidPlan milestones = new PaidPlan("milestones", "Logo milestones", "milestone", Optional.empty(),
                List.of(new PaidLine("Deal Ærø Cykler ApS (new logo)", dkk("2000.00"))), dkk("2000.00"), Optional.empty());
        PaidPlan shares = new PaidPlan("shares", "Employee shares", "stock", Optional.empty(), List.of(), dkk("0.00"),
                Optional.of(new StockValue(120, 80, dkk("85.00"), dkk("10200.00"))));
        return new PayStatement(language, "anna.holm", "Anna Holm", "E-1001", "2026-Q3", language == Language.DA ? "K3 2026" : "Q3 2026", Q3_START,
                Q3_END, DKK, List.of(newBusiness, milestones, shares),
                List.of(new PaidLine("Deal Acme in Q2 2026 changed from won to lost after Q2 2026 was paid", dkk("-1234.00"))),
                Optional.of(CLOSED_BY_OPS));
    }

    /** Søren Ærøe's provisional Q3 2026, in Danish: one plan of 4,000.00. */
    public static PayStatement sorenProvisional() {
        PaidPlan plan = new PaidPlan("new-business", "Nysalg Øst og Århus", "performance", Optional.empty(),
                List.of(new PaidLine("Trin 0 %–100 % à ×1", dkk("4000.00"))), dkk("4000.00"), Optional.empty());
        return new PayStatement(Language.DA, "soren.aeroe", "Søren Ærøe", "E-1002", "2026-Q3", "K3 2026", Q3_START, Q3_END, DKK, List.of(plan),
                List.of(), Optional.empty());
    }

    /** A statement of {@code lines} milestone lines of 100.00 each. */
    public static PayStatement withManyLines(int lines) {
        List<PaidLine> many = java.util.stream.IntStream.rangeClosed(1, lines)
                .mapToObj(i -> new PaidLine("Deal number " + i + " won with a customer whose name is long enough to matter", dkk("100.00")))
                .toList();
        PaidPlan plan = new PaidPlan("milestones", "Logo milestones", "milestone", Optional.empty(), many,
                dkk("100.00").multiply(BigDecimal.valueOf(lines)), Optional.empty());
        return new PayStatement(Language.EN, "bo.berg", "Bo Berg", "E-1003", "2026-Q3", "Q3 2026", Q3_START, Q3_END, DKK, List.of(plan), List.of(),
                Optional.of(CLOSED_BY_OPS));
    }

    /** The port as the close's store serves it, from statements given by hand. */
    public static PeriodStatements serving(PayStatement... statements) {
        List<PayStatement> all = List.of(statements);
        return new PeriodStatements() {
            @Override
            public List<PayStatement> all(Period period) {
                return all.stream().filter(s -> s.periodKey().equals(period.key())).toList();
            }

            @Override
            public Optional<PayStatement> of(String personId, Period period) {
                return all(period).stream().filter(s -> s.personId().equals(personId)).findFirst();
            }
        };
    }
}
