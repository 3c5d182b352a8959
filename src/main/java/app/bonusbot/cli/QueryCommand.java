package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import app.bonusbot.core.i18n.Texts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The shape shared by status, explain, whatif and team: one person, one period, text or JSON. */
abstract class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Spec
    CommandSpec spec;

    /** The period the command is about, as typed; whatif has no --period and is about the current one. */
    String periodText() {
        return "current";
    }

    /** The answer as chat would give it, for text output. */
    abstract app.bonusbot.core.reply.Reply text(Application app, Person person, PeriodRequest period);

    abstract JsonNode json(Application app, Person person, PeriodRequest period);

    @Override
    public Integer call() {
        if (query.person == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--person=ID'");
        }
        try (Application app = store.open()) {
            Person person = app.company().directory().person(query.person)
                    .orElseThrow(() -> UserError.noSuchPerson(query.person, store.config, app.company().directory(), RunLanguage.company(app)));
            // From here on the run is about this person, and speaks their language, its errors too.
            Texts texts = RunLanguage.of(app, person);
            PeriodRequest period = PeriodRequest.parse(periodText())
                    .orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.period", periodText()));
            PrintWriter out = spec.commandLine().getOut();
            if (query.json) {
                out.println(JsonOutput.text(json(app, person, period)));
            } else {
                out.print(new TextRenderer().render(text(app, person, period)));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
