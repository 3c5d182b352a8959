package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.AdjustmentWording;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Where a person stands on every plan they are on.")
final class StatusCommand extends QueryCommand {

    @Mixin
    PeriodOption periodOption;

    @Override
    String periodText() {
        return periodOption.text;
    }

    @Override
    Reply text(Application app, Person person, PeriodRequest period) {
        return app.commands().handle(person.id(), new BonusCommand.Status(period));
    }

    @Override
    JsonNode json(Application app, Person person, PeriodRequest period) {
        java.util.Optional<JsonNode> frozen = FrozenJson.of(app, person, app.company().plansOf(person), period, java.util.Optional.empty());
        if (frozen.isPresent()) {
            return frozen.get();
        }
        Statement statement = app.evaluator().statement(person, period, app.today());
        return new StatementJson(JsonOutput.MAPPER, app.company().settings().currency(), app.company().versions()).of(statement, periodText(),
                StatementAdjustments.of(app, statement), AdjustmentWording.of(Language.EN, app.company()));
    }
}
