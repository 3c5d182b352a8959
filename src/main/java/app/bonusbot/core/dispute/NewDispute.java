package app.bonusbot.core.dispute;

import java.time.Instant;
import java.util.Optional;

/** A case as the seller opens it, before the store gives it its number. */
public record NewDispute(String personId, String text, Optional<String> dealId, Optional<String> planId, String periodKey, Instant openedAt) {}
