package app.bonusbot.crm.hubspot;

import java.math.BigDecimal;

/**
 * A deal stage from HubSpot's pipelines API, with its metadata: {@code isClosed} and {@code probability} (HubSpot writes
 * both as text); probability null when the stage has none.
 */
public record HubSpotStage(String id, String label, boolean closed, BigDecimal probability) {}
