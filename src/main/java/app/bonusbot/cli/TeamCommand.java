package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.engine.PlanResult;
import app.bonusbot.core.engine.Statement;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.engine.TeamStatements;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "team", mixinStandardHelpOptions = true, description = "Each member's attainment, for the teams the person manages.")
final class TeamCommand extends QueryCommand {

    @Mixin
    PeriodOption periodOption;

    @Override
    String periodText() {
        return periodOption.text;
    }

    @Override
    Reply text(Application app, Person person, PeriodRequest period) {
        // The chat's polite refusal is an answer; on the command line it is a failure, in text as in JSON.
        teams(app, person, period);
        return app.commands().handle(person.id(), new BonusCommand.TeamOverview(period));
    }

    private static Map<Team, List<Statement>> teams(Application app, Person person, PeriodRequest period) {
        Map<Team, List<Statement>> teams = TeamStatements.of(app.company(), app.evaluator(), person, period, app.today());
        if (teams.isEmpty()) {
            throw new UserError(RunLanguage.of(app, person), "cli.error.manages_no_team", person.id());
        }
        return teams;
    }

    @Override
    JsonNode json(Application app, Person person, PeriodRequest period) {
        Map<Team, List<Statement>> teams = teams(app, person, period);
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("manager", person.id());
        root.put("period", periodText());
        root.put("today", app.today().toString());
        ArrayNode teamArray = root.putArray("teams");
        for (Map.Entry<Team, List<Statement>> entry : teams.entrySet()) {
            ObjectNode t = teamArray.addObject();
            t.put("id", entry.getKey().id());
            t.put("name", entry.getKey().name());
            ArrayNode members = t.putArray("members");
            for (Statement statement : entry.getValue()) {
                ObjectNode m = members.addObject();
                m.put("id", statement.person().id());
                m.put("name", statement.person().name());
                ArrayNode plans = m.putArray("plans");
                for (PlanResult r : statement.results()) {
                    ObjectNode p = plans.addObject();
                    p.put("id", r.plan().id());
                    p.put("kind", r.plan().kindName());
                    p.put("period", r.period().key());
                    if (r instanceof PlanResult.Performance perf) {
                        p.put("attainment", StatementJson.ratio(perf.tiers() == null ? null : perf.tiers().attainment()));
                    } else if (r instanceof PlanResult.Team tr) {
                        p.put("attainment", StatementJson.ratio(tr.tiers() == null ? null : tr.tiers().attainment()));
                    }
                }
            }
        }
        return root;
    }
}
