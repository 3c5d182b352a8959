package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.FrozenAnswers;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.time.PeriodRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --json} of status and explain for a closed period: the inputs frozen at the close, never worked out
 * again, with a {@code closed} object saying when and by whom.
 */
final class FrozenJson {

    private FrozenJson() {}

    /** @param plan the one plan explained; empty for all */
    static Optional<JsonNode> of(Application app, Person person, List<Plan> plans, PeriodRequest request, Optional<String> plan) {
        Map<String, PeriodClose> closed = app.closedPeriods().closed();
        return FrozenAnswers.closedKey(request, plans, app.today(), app.company().settings().fiscalYear(), closed)
                .flatMap(key -> app.closedPeriods().frozen(person.id(), key).map(f -> json(f.inputsJson(), closed.get(key), plan)));
    }

    private static JsonNode json(String inputs, PeriodClose close, Optional<String> plan) {
        ObjectNode root;
        try {
            root = (ObjectNode) JsonOutput.MAPPER.readTree(inputs);
        } catch (JsonProcessingException e) {
            throw new UserError("a closed period's frozen statement is not readable JSON: " + e.getOriginalMessage());
        }
        if (plan.isPresent()) {
            ArrayNode only = JsonOutput.MAPPER.createArrayNode();
            root.withArray("plans").forEach(p -> {
                if (p.path("id").asText().equals(plan.get())) {
                    only.add(p);
                    root.put("total", p.path("total").asText());
                }
            });
            root.set("plans", only);
        }
        ObjectNode closed = root.putObject("closed");
        closed.put("closed_at", close.closedAt().toString());
        closed.put("closed_by", close.closedBy());
        return root;
    }
}
