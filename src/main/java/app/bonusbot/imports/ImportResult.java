package app.bonusbot.imports;

import app.bonusbot.core.deal.HeldBackCount;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
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
 * @param heldBack deals of the file in another currency without an exchange rate: stored, but counted for nothing
 *     until settings.yaml has the rate (the config sync then converts them)
 */
public record ImportResult(ImportKind kind, String file, int inserted, int updated, int unchanged, int rejected, int dealsLinked,
        List<String> unmatchedOwners, List<HeldBackCount> heldBack, List<ImportError> errors) {

    public ImportResult {
        unmatchedOwners = List.copyOf(unmatchedOwners);
        heldBack = List.copyOf(heldBack);
        errors = List.copyOf(errors);
    }

    static ImportResult failed(ImportKind kind, ImportErrors errors) {
        return new ImportResult(kind, errors.file(), 0, 0, 0, errors.rejectedRows(), 0, List.of(), List.of(), errors.list());
    }

    static ImportResult succeeded(ImportKind kind, String file, UpsertCounts counts, List<String> unmatchedOwners) {
        return succeeded(kind, file, counts, unmatchedOwners, List.of());
    }

    static ImportResult succeeded(ImportKind kind, String file, UpsertCounts counts, List<String> unmatchedOwners, List<HeldBackCount> heldBack) {
        return new ImportResult(kind, file, counts.inserted(), counts.updated(), counts.unchanged(), 0, counts.dealsLinked(), unmatchedOwners,
                heldBack, List.of());
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** Lines for the terminal, in English. */
    public List<String> summary() {
        return summary(Texts.of(Language.EN));
    }

    /**
     * Lines for the terminal: the counts, then each error or the unmatched owners and the deals held back. A successful import is told in
     * {@code texts}' language (the company's); a rejected one in English from its first line to its last, since each
     * error quotes the file's English column names and its content.
     */
    public List<String> summary(Texts texts) {
        List<String> lines = new ArrayList<>();
        if (!succeeded()) {
            String rows = rejected == 0 ? "" : ", " + rejected + (rejected == 1 ? " row has" : " rows have") + " problems";
            lines.add(file + ": nothing imported" + rows + " (0 inserted, 0 updated, 0 unchanged, " + rejected + " rejected):");
            errors.forEach(e -> lines.add("  " + e));
            return lines;
        }
        lines.add(texts.get("cli.import.summary", file, inserted, updated, unchanged, rejected));
        if (dealsLinked > 0) {
            lines.add("  " + texts.plural("cli.import.linked", dealsLinked, dealsLinked));
        }
        if (!unmatchedOwners.isEmpty()) {
            lines.add("  " + texts.get("cli.import.unmatched_owners"));
            unmatchedOwners.forEach(o -> lines.add("    " + o));
        }
        // Like config check's problems, these name settings.yaml's keys: English, as the errors are.
        heldBack.forEach(h -> lines.add("  " + h.describe()));
        return lines;
    }
}
