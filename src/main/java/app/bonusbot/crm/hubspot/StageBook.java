package app.bonusbot.crm.hubspot;

import app.bonusbot.core.deal.Outcome;
import app.bonusbot.imports.CrmDealValues;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each deal stage means, from HubSpot's pipelines: the mapping's won, lost and open stages
 * ({@code import.hubspot}) first, by the stage's id or label; else the stage's metadata: closed with probability 1 is
 * won, closed with probability 0 lost, not closed open. Anything else (a closed stage of another probability, a stage
 * the pipelines do not list) has no outcome: the deal is held back and the stage named, never guessed.
 */
final class StageBook {

    private final Map<String, HubSpotPipeline> pipelines = new HashMap<>();
    private final Map<String, HubSpotStage> stages = new HashMap<>();
    private final CrmDealValues values;

    StageBook(List<HubSpotPipeline> pipelines, CrmDealValues values) {
        this.values = values;
        for (HubSpotPipeline p : pipelines) {
            this.pipelines.put(p.id(), p);
            for (HubSpotStage s : p.stages()) {
                stages.put(key(p.id(), s.id()), s);
            }
        }
    }

    Optional<Outcome> outcome(String pipelineId, String stageId) {
        HubSpotStage stage = stages.get(key(pipelineId, stageId));
        if (stage == null) {
            stage = stages.entrySet().stream().filter(e -> e.getKey().endsWith("\u0000" + stageId)).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        Optional<Outcome> mapped = values.mappedOutcome(stageId, stage == null ? null : stage.label());
        if (mapped.isPresent() || stage == null) {
            return mapped;
        }
        if (!stage.closed()) {
            return Optional.of(Outcome.OPEN);
        }
        if (stage.probability() != null && stage.probability().compareTo(BigDecimal.ONE) == 0) {
            return Optional.of(Outcome.WON);
        }
        if (stage.probability() != null && stage.probability().signum() == 0) {
            return Optional.of(Outcome.LOST);
        }
        return Optional.empty();
    }

    /** The stage as people know it: its label, else its id. */
    String stageLabel(String pipelineId, String stageId) {
        HubSpotStage stage = stages.get(key(pipelineId, stageId));
        return stage == null || stage.label() == null ? stageId : stage.label();
    }

    /** The pipeline's label, else its id. */
    String pipelineLabel(String pipelineId) {
        HubSpotPipeline p = pipelines.get(pipelineId);
        return p == null || p.label() == null ? pipelineId : p.label();
    }

    private static String key(String pipelineId, String stageId) {
        return pipelineId + "\u0000" + stageId;
    }
}
