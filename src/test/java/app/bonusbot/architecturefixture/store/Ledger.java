package app.bonusbot.architecturefixture.store;

import app.bonusbot.architecturefixture.config.Settings;

/** Half of a cycle between two top-level packages. */
public record Ledger(Settings settings) {}
