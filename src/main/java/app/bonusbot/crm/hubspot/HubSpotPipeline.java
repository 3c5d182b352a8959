package app.bonusbot.crm.hubspot;

import java.util.List;

/** A deal pipeline from HubSpot's pipelines API with its stages. */
public record HubSpotPipeline(String id, String label, List<HubSpotStage> stages) {
    public HubSpotPipeline {
        stages = List.copyOf(stages);
    }
}
