package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers about a closed period: which closed period a request is about, and the frozen answer marked as what was
 * paid ("Closed on 3 Oct 2026 by Mia Berg: this is what was paid").
 */
public final class FrozenAnswers {

    private final Wording w;
    private final Company company;

    FrozenAnswers(Wording wording, Company company) {
        this.w = wording;
        this.company = company;
    }

    /**
     * The period a statement or a close is about. A request naming its period kind (2026-Q3, last quarter, K3) is that
     * period; {@code current} and {@code previous} are counted in the kind of the person's first plan, and in quarters
     * for a period named for everyone ({@code bonusbot close previous}).
     *
     * @param plans the person's plans; empty for the whole company
     */
    public static Period periodOf(PeriodRequest request, List<Plan> plans, LocalDate today, FiscalYear fiscalYear) {
        PeriodKind kind = request instanceof PeriodRequest.Explicit e ? fiscalYear.named(e.period()).kind()
                : request instanceof PeriodRequest.Relative r ? r.kind()
                : request instanceof PeriodRequest.QuarterOfYear ? PeriodKind.QUARTER
                : plans.isEmpty() ? PeriodKind.QUARTER : plans.get(0).periodKind();
        return request.resolve(kind, today, fiscalYear);
    }

    /**
     * The closed period an answer about these plans is about, if any: the request read in each of the plans' period
     * kinds, the first that is closed. No store is read here: {@code closed} is the one read of the answer.
     */
    public static Optional<String> closedKey(PeriodRequest request, List<Plan> plans, LocalDate today, FiscalYear fiscalYear, Map<String, PeriodClose> closed) {
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(periodOf(request, plans, today, fiscalYear).key());
        plans.forEach(p -> keys.add(request.resolve(p.periodKind(), today, fiscalYear).key()));
        return keys.stream().filter(closed::containsKey).findFirst();
    }

    /** "Closed on 3 Oct 2026 by Mia Berg: this is what was paid", in this reader's language and the company's zone. */
    String marker(PeriodClose close) {
        LocalDate day = close.closedAt().atZone(company.settings().zone()).toLocalDate();
        String by = company.directory().person(close.closedBy()).map(Person::name).orElse(close.closedBy());
        return w.t("closed.marker", w.date(day), by);
    }

    /** The frozen answer with the marker under its header, so it reads as the closed period's, not a figure of today. */
    Reply marked(Reply frozen, PeriodClose close) {
        List<Block> blocks = new ArrayList<>(frozen.blocks());
        int at = !blocks.isEmpty() && blocks.get(0) instanceof Block.Header ? 1 : 0;
        blocks.add(at, new Block.Context(marker(close)));
        return new Reply(frozen.summary(), blocks);
    }
}
