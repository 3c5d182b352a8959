package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.engine.PayoutLine;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.PaidLine;
import app.bonusbot.core.payout.PaidPlan;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.payout.StockValue;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's pay statement of a period, in one language, from the engine's statement of that period and the
 * adjustments paid with it. Each plan's lines are worded as {@code /bonus explain} words the same figures; stock is
 * listed as shares and their value, never as cash.
 */
public final class PayStatements {

    private final Company company;
    private final AdjustmentBook adjustments;

    public PayStatements(Company company, AdjustmentBook adjustments) {
        this.company = company;
        this.adjustments = adjustments;
    }

    /**
     * @param period the period the statement is of: the one asked for, whatever the plans' own period kinds
     * @param closed who closed it and when; empty for a provisional statement
     */
    public PayStatement of(Statement statement, Period period, Language language, Optional<PeriodClose> closed) {
        Wording w = Wording.of(language, company.settings());
        Person person = statement.person();
        List<PaidPlan> plans = statement.results().stream().map(r -> plan(r, w)).toList();
        AdjustmentWording adjustmentWording = new AdjustmentWording(w, company.directory(), company.settings().fiscalYear());
        List<PaidLine> paidAdjustments = adjustments.of(person.id(), period.key()).stream().map(adjustmentWording::line).toList();
        return new PayStatement(language, person.id(), person.name(), employeeId(person), period.key(), w.period(period), period.start(), period.end(),
                company.settings().currency(), plans, paidAdjustments, closed);
    }

    /** The person's id for payroll. The one place that decides it, so a configured employee number replaces it here. */
    static String employeeId(Person person) {
        return person.id();
    }

    private PaidPlan plan(PlanResult result, Wording w) {
        Optional<java.time.LocalDate> versionFrom = company.versions().version(result.plan().id(), result.period().start()).map(PlanVersion::from);
        if (result instanceof PlanResult.Stock s) {
            StockValue stock = new StockValue(s.vested(), s.unvested(), s.sharePrice(), s.value());
            return new PaidPlan(result.plan().id(), w.planName(result.plan()), result.plan().kindName(), versionFrom, List.of(),
                    BigDecimal.ZERO.setScale(2), Optional.of(stock));
        }
        PayoutLineWording words = new PayoutLineWording(w);
        List<PaidLine> lines = new ArrayList<>();
        for (PayoutLine line : result.lines()) {
            lines.add(new PaidLine(describe(line, result, words, w), line.amount()));
        }
        return new PaidPlan(result.plan().id(), w.planName(result.plan()), result.plan().kindName(), versionFrom, lines, result.total(), Optional.empty());
    }

    private String describe(PayoutLine line, PlanResult result, PayoutLineWording words, Wording w) {
        if (line instanceof PayoutLine.BandLine band) {
            if (result instanceof PlanResult.Performance p) {
                boolean commission = p.plan().base() == PayoutBase.TARGET;
                return words.bandSlice(band, p.plan().base(), w.t(commission ? "explain.base_target" : "explain.base_target_bonus"));
            }
            return words.bandSlice(band, PayoutBase.TARGET_BONUS, w.t("explain.base_pool"));
        }
        if (line instanceof PayoutLine.CapLine cap) {
            if (result instanceof PlanResult.Performance p) {
                boolean commission = p.plan().base() == PayoutBase.TARGET;
                return words.capApplied(p.plan().tiers().cap(), w.t(commission ? "explain.base_target" : "explain.base_target_bonus"), cap.limit());
            }
            PlanResult.Team t = (PlanResult.Team) result;
            return words.capApplied(t.plan().tiers().cap(), w.t("explain.base_pool"), cap.limit());
        }
        if (line instanceof PayoutLine.FlatLine flat) {
            PlanResult.Performance p = (PlanResult.Performance) result;
            return words.flat(p.plan().metric().kind(), flat.metric(), flat.rate());
        }
        if (line instanceof PayoutLine.ShareLine share) {
            PlanResult.Team t = (PlanResult.Team) result;
            MetricKind contributionKind = t.plan().metric().kind() == MetricKind.SUM ? MetricKind.SUM : MetricKind.COUNT;
            if (t.otherTeams().isEmpty()) {
                return words.share(share, contributionKind, t.sharers(), t.period().end());
            }
            return words.share(share, contributionKind, t.sharers(), t.period().end(),
                    company.directory().team(share.teamId()).map(Team::name).orElse(share.teamId()));
        }
        if (line instanceof PayoutLine.EventLine event) {
            return ruleName(result, event.ruleId(), w) + " · " + words.eventDeal(event.deal());
        }
        if (line instanceof PayoutLine.CountReachedLine count) {
            return words.countReached(ruleName(result, count.ruleId(), w), count.count(), count.needed(), count.amount());
        }
        PayoutLine.InstallmentLine installment = (PayoutLine.InstallmentLine) line;
        PlanResult.Retention r = (PlanResult.Retention) result;
        return words.installment(installment.installment().months(), r.hireDate(), installment.dueDate(), installment.installment().amount(),
                w.t("installment.paid"));
    }

    private static String ruleName(PlanResult result, String ruleId, Wording w) {
        if (result.plan() instanceof MilestonePlan m) {
            return m.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().map(MilestoneRule::name).map(n -> n.in(w.language())).orElse(ruleId);
        }
        return ruleId;
    }
}
