package app.bonusbot.store;

import app.bonusbot.core.command.ClosingStatements;
import app.bonusbot.core.command.PayStatements;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every statement of a period, each in its person's language: a closed period's frozen ones, read back as they were
 * paid; an open period's worked out now from the deals and marked provisional (no close on them).
 */
public final class StoredPeriodStatements implements PeriodStatements {

    private final Supplier<Company> company;
    private final DealFacts facts;
    private final Clock clock;
    private final ClosedPeriodStore closed;
    private final AdjustmentBook adjustments;

    public StoredPeriodStatements(Supplier<Company> company, DealFacts facts, Clock clock, ClosedPeriodStore closed, AdjustmentBook adjustments) {
        this.company = company;
        this.facts = facts;
        this.clock = clock;
        this.closed = closed;
        this.adjustments = adjustments;
    }

    @Override
    public List<PayStatement> all(Period period) {
        Company c = company.get();
        if (closed.closed().containsKey(period.key())) {
            return closed.frozen(period.key()).stream().map(f -> f.statement(languageOf(c, f.personId()))).toList();
        }
        return new ClosingStatements(c, facts, adjustments).preview(period, today(c)).stream()
                .sorted(Comparator.comparing(PayStatement::personId)).toList();
    }

    @Override
    public Optional<PayStatement> of(String personId, Period period) {
        Company c = company.get();
        if (closed.closed().containsKey(period.key())) {
            return closed.frozen(personId, period.key()).map((FrozenStatement f) -> f.statement(languageOf(c, personId)));
        }
        Optional<Person> person = c.directory().person(personId).filter(p -> !c.plansOf(p).isEmpty());
        ClosingStatements statements = new ClosingStatements(c, facts, adjustments);
        return person.map(p -> new PayStatements(c, adjustments).of(statements.statement(p, period, today(c)), period, languageOf(c, personId), Optional.empty()));
    }

    private LocalDate today(Company c) {
        return LocalDate.now(clock.withZone(c.settings().zone()));
    }

    private static Language languageOf(Company c, String personId) {
        return c.directory().person(personId).map(Person::language).filter(l -> l != null).orElse(c.settings().language());
    }
}
