package app.bonusbot.store;

/**
 * What one import transaction did to the rows it was given.
 *
 * @param importId the row in the imports table recording it
 * @param dealsLinked deals whose owner became known through this write (people imports, config sync)
 */
public record UpsertCounts(long importId, int inserted, int updated, int unchanged, int dealsLinked) {}
