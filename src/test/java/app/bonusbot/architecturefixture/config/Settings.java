package app.bonusbot.architecturefixture.config;

import app.bonusbot.architecturefixture.store.Ledger;

/** The other half of a cycle between two top-level packages. */
public record Settings(Ledger ledger) {}
