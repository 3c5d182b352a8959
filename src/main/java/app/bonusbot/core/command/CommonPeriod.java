package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The period a document about the whole company is for (the pay documents, the plan health report): a named period
 * as named ({@code 2026-Q3}, {@code 2026-11}, {@code 2026}), or a word ({@code current}, {@code previous}, ...) for a
 * period of the kind every plan is paid by, a quarter when the plans differ.
 */
public final class CommonPeriod {

    private CommonPeriod() {}

    public static Period of(PeriodRequest request, Company company, LocalDate today) {
        PeriodKind kind = request instanceof PeriodRequest.Explicit named ? named.period().kind() : commonKind(company);
        return request.resolve(kind, today, company.settings().fiscalYear());
    }

    private static PeriodKind commonKind(Company company) {
        Set<PeriodKind> kinds = company.plans().stream().map(Plan::periodKind).collect(Collectors.toSet());
        return kinds.size() == 1 ? kinds.iterator().next() : PeriodKind.QUARTER;
    }
}
