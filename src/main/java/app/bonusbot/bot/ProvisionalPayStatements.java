package app.bonusbot.bot;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.Evaluator;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.payout.StockValue;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every statement of a period worked out now from the engine, as provisional: no period is closed and no adjustment
 * is paid by this source. Its place is taken by the store's statements of a period (frozen once it is closed, with
 * its adjustments), behind the same {@link PeriodStatements} port, in {@link Application#periodStatements()}.
 */
final class ProvisionalPayStatements implements PeriodStatements {

    private final Supplier<Evaluator> evaluator;
    private final Supplier<LocalDate> today;

    ProvisionalPayStatements(Supplier<Evaluator> evaluator, Supplier<LocalDate> today) {
        this.evaluator = evaluator;
        this.today = today;
    }

    @Override
    public List<PayStatement> all(Period period) {
        Evaluator engine = evaluator.get();
        List<Person> people = engine.company().directory().people().stream().sorted(Comparator.comparing(Person::id)).toList();
        return engine.statements(people, new PeriodRequest.Explicit(period), today.get()).stream()
                .filter(s -> !s.results().isEmpty())
                .map(s -> payStatement(engine.company(), s, period))
                .toList();
    }

    @Override
    public Optional<PayStatement> of(String personId, Period period) {
        Evaluator engine = evaluator.get();
        return engine.company().directory().person(personId)
                .map(p -> engine.statement(p, new PeriodRequest.Explicit(period), today.get()))
                .filter(s -> !s.results().isEmpty())
                .map(s -> payStatement(engine.company(), s, period));
    }

    private static PayStatement payStatement(Company company, Statement statement, Period period) {
        Person person = statement.person();
        Language language = person.language() != null ? person.language() : company.settings().language();
        Texts texts = Texts.of(language);
        Formats formats = new Formats(language, company.settings().currency());
        List<PaidPlan> plans = statement.results().stream().map(r -> paidPlan(company, r, language, texts, formats)).toList();
        return new PayStatement(language, person.id(), person.name(), person.id(), period.key(), texts.period(period), period.start(), period.end(),
                company.settings().currency(), plans, List.of(), Optional.empty());
    }

    private static PaidPlan paidPlan(Company company, PlanResult result, Language language, Texts texts, Formats formats) {
        Optional<LocalDate> versionFrom = company.versions().version(result.plan().id(), result.period().start()).map(PlanVersion::from);
        Optional<StockValue> stock = result instanceof PlanResult.Stock s
                ? Optional.of(new StockValue(s.vested(), s.unvested(), s.sharePrice(), s.value()))
                : Optional.empty();
        List<PaidLine> lines = result.lines().stream().map(l -> new PaidLine(description(l, texts, formats), l.amount())).toList();
        return new PaidPlan(result.plan().id(), result.plan().name().in(language), result.plan().kindName(), versionFrom, lines,
                stock.isPresent() ? BigDecimal.ZERO.setScale(2) : result.total(), stock);
    }

    private static String description(PayoutLine line, Texts texts, Formats formats) {
        if (line instanceof PayoutLine.BandLine b) {
            return texts.get("paydocs.line.band", band(b.band(), texts, formats), formats.rate(b.band().rate()));
        } else if (line instanceof PayoutLine.FlatLine f) {
            return texts.get("paydocs.line.flat", formats.number(f.metric(), 2), formats.number(f.rate(), 4));
        } else if (line instanceof PayoutLine.CapLine c) {
            return texts.get("paydocs.line.cap", formats.money(c.limit()));
        } else if (line instanceof PayoutLine.ShareLine s) {
            return texts.get("paydocs.line.share", formats.money(s.pool()));
        } else if (line instanceof PayoutLine.EventLine e) {
            return texts.get("paydocs.line.event", e.deal().name() == null ? e.deal().id() : e.deal().name(), e.ruleId());
        } else if (line instanceof PayoutLine.CountReachedLine c) {
            return texts.get("paydocs.line.count", formats.count(c.needed()), c.ruleId());
        }
        PayoutLine.InstallmentLine i = (PayoutLine.InstallmentLine) line;
        return texts.get("paydocs.line.installment", formats.date(i.dueDate()));
    }

    private static String band(Band band, Texts texts, Formats formats) {
        return band.to() == null ? texts.get("band.open", formats.percent(band.from())) : texts.get("band.closed", formats.percent(band.from()), formats.percent(band.to()));
    }
}
