package app.bonusbot.imports;

import app.bonusbot.store.ImportKind;
import app.bonusbot.store.UpsertCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * How an import went. Either it succeeded (no errors; the counts say what changed) or nothing changed and the
 * errors list every problem found.
 *
 * @param rejected rows with at least one problem
 * @param dealsLinked deals that found their owner through this import (people imports)
 * @param unmatchedOwners CRM owners of imported deals who match nobody yet; their deals count once those people exist
 */
public record ImportResult(ImportKind kind, String file, int inserted, int updated, int unchanged, int rejected, int dealsLinked,
        List<String> unmatchedOwners, List<ImportError> errors) {

    public ImportResult {
        unmatchedOwners = List.copyOf(unmatchedOwners);
        errors = List.copyOf(errors);
    }

    static ImportResult failed(ImportKind kind, ImportErrors errors) {
        return new ImportResult(kind, errors.file(), 0, 0, 0, errors.rejectedRows(), 0, List.of(), errors.list());
    }

    static ImportResult succeeded(ImportKind kind, String file, UpsertCounts counts, List<String> unmatchedOwners) {
        return new ImportResult(kind, file, counts.inserted(), counts.updated(), counts.unchanged(), 0, counts.dealsLinked(), unmatchedOwners,
                List.of());
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** Lines for the terminal: the counts, then each error or the unmatched owners. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (!succeeded()) {
            String rows = rejected == 0 ? "" : ", " + rejected + (rejected == 1 ? " row has" : " rows have") + " problems";
            lines.add(file + ": nothing imported" + rows + " (0 inserted, 0 updated, 0 unchanged, " + rejected + " rejected):");
            errors.forEach(e -> lines.add("  " + e));
            return lines;
        }
        lines.add(file + ": " + inserted + " inserted, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected");
        if (dealsLinked > 0) {
            lines.add("  " + dealsLinked + (dealsLinked == 1 ? " deal" : " deals") + " linked to their owner");
        }
        if (!unmatchedOwners.isEmpty()) {
            lines.add("  Deal owners matching nobody (their deals are stored and count once these people are imported):");
            unmatchedOwners.forEach(o -> lines.add("    " + o));
        }
        return lines;
    }
}
