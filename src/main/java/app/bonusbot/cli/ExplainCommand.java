package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.AdjustmentWording;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Every line of the calculation, for one plan or all of a person's plans.")
final class ExplainCommand extends QueryCommand {

    @Mixin
    PeriodOption periodOption;

    @Override
    String periodText() {
        return periodOption.text;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN",
            description = "A plan id or the start of its name; all the person's plans when left out.")
    String plan;

    @Override
    Reply text(Application app, Person person, PeriodRequest period) {
        Optional<String> planId = plan == null ? Optional.empty() : Optional.of(plans(app, person).get(0).id());
        return app.commands().handle(person.id(), new BonusCommand.Explain(planId, period));
    }

    @Override
    JsonNode json(Application app, Person person, PeriodRequest period) {
        List<Plan> chosen = plans(app, person);
        Optional<JsonNode> frozen = FrozenJson.of(app, person, app.company().plansOf(person), period,
                plan == null ? Optional.empty() : Optional.of(chosen.get(0).id()));
        if (frozen.isPresent()) {
            return frozen.get();
        }
        Statement statement = app.evaluator().statement(person, chosen, period, app.today());
        // As in chat: adjustments belong to the whole pay, so explain of one plan leaves them out.
        return new StatementJson(JsonOutput.MAPPER, app.company().settings().currency(), app.company().versions()).of(statement, periodText(),
                plan == null ? StatementAdjustments.of(app, statement) : List.of(), AdjustmentWording.of(Language.EN, app.company()));
    }

    /**
     * The person's plans, or the one PLAN names, matched as the chat matches it (id, or the start of the name in the
     * person's language). A plan the person is not on fails here, in text as in JSON, instead of being answered
     * like a chat message with exit code 0.
     */
    private List<Plan> plans(Application app, Person person) {
        List<Plan> plans = app.company().plansOf(person);
        if (plan == null) {
            return plans;
        }
        Texts texts = RunLanguage.of(app, person);
        Language language = texts.language();
        String wanted = plan.toLowerCase(Locale.ROOT);
        return plans.stream()
                .filter(p -> p.id().equalsIgnoreCase(wanted) || p.name().in(language).toLowerCase(Locale.ROOT).startsWith(wanted))
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> new UserError(texts, "cli.error.not_on_plan", person.id(), plan,
                        String.join(", ", plans.stream().map(Plan::id).toList())));
    }
}
