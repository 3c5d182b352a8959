package app.bonusbot.store;

import java.time.Instant;

/** One successful import, as the imports table remembers it. */
public record ImportRecord(long id, ImportKind kind, String fileName, Instant startedAt, Instant finishedAt, int inserted, int updated,
        int unchanged, int rejected) {}
