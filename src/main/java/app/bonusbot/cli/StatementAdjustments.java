package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.payout.Adjustment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The adjustments paid with a statement's periods (each plan's own), as status and explain show them in chat. */
final class StatementAdjustments {

    private StatementAdjustments() {}

    static List<Adjustment> of(Application app, Statement statement) {
        Set<String> keys = new LinkedHashSet<>();
        statement.results().stream().map(PlanResult::period).forEach(p -> keys.add(p.key()));
        List<Adjustment> all = new ArrayList<>();
        keys.forEach(key -> all.addAll(app.adjustments().of(statement.person().id(), key)));
        return all;
    }
}
