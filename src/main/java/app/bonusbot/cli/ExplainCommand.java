package app.bonusbot.cli;

import app.bonusbot.Application;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Every line of the calculation, for one plan or all of a person's plans.")
final class ExplainCommand extends QueryCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN", description = "A plan id; all the person's plans when left out.")
    String plan;

    @Override
    Reply text(Application app, Person person, PeriodRequest period) {
        return app.commands().handle(person.id(), new BonusCommand.Explain(Optional.ofNullable(plan), period));
    }

    @Override
    JsonNode json(Application app, Person person, PeriodRequest period) {
        List<Plan> plans = app.company().plansOf(person);
        if (plan != null) {
            plans = plans.stream().filter(p -> p.id().equalsIgnoreCase(plan)).toList();
            if (plans.isEmpty()) {
                throw new UserError("PLAN: " + person.id() + " is not on a plan with id '" + plan + "'");
            }
        }
        Statement statement = app.evaluator().statement(person, plans, period, app.today());
        return new StatementJson(JSON, app.company().settings().currency()).of(statement, query.period);
    }
}
